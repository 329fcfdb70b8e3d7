import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.ts';
import {
	committeeFormValues,
	committeeFormValuesOf,
	parseCommitteeForm,
	withBlankMembers
} from './committee-form.ts';

const iao = '7a1f2f6e-0b7c-4c55-9a53-3f2e8a1b9c07';

function posted(fields: Record<string, string>) {
	const form = new FormData();
	for (const [name, value] of Object.entries({
		orderNumber: '4271/2562',
		orderDate: '27/12/2562',
		titleTh: 'คณะกรรมการขับเคลื่อนความร่วมมือกับเมืองหลวงประเทศสมาชิกอาเซียน',
		mandateTh: 'พิจารณาและกำหนดโครงการ',
		engagementId: '',
		...fields
	})) {
		form.set(name, value);
	}
	return committeeFormValues(form);
}

describe('the committee form', () => {
	it('reads the order date as Thai users write it and leaves blank member rows out', () => {
		const input = parseCommitteeForm(
			posted({
				'members-0-agencyId': iao,
				'members-0-roleTh': 'ประธาน',
				'members-1-agencyId': '',
				'members-1-roleTh': '',
				'members-2-agencyId': '',
				'members-2-roleTh': 'ผู้อำนวยการเขตปทุมวัน'
			})
		);
		expect(input).toMatchObject({
			orderDate: '2019-12-27',
			engagementId: null,
			members: [
				{ agencyId: iao, roleTh: 'ประธาน' },
				{ agencyId: null, roleTh: 'ผู้อำนวยการเขตปทุมวัน' }
			]
		});
	});

	it('names a refused member by the row of the form it came from', () => {
		const values = posted({
			'members-0-agencyId': '',
			'members-0-roleTh': '',
			'members-1-agencyId': 'not-an-id',
			'members-1-roleTh': ''
		});
		const refused = (() => {
			try {
				parseCommitteeForm(values);
			} catch (caught) {
				return caught as AppError;
			}
			throw new Error('expected a refusal');
		})();
		expect(Object.keys(refused.fields ?? {})).toEqual(['members-1-agencyId']);
	});

	it('shows a recorded committee with a blank row to add a member', () => {
		const shown = withBlankMembers(
			committeeFormValuesOf(
				{
					orderNumber: '4271/2562',
					orderDate: '2019-12-27',
					titleTh: 'คณะกรรมการ',
					mandateTh: 'พิจารณา',
					engagementId: null,
					members: [{ agencyId: null, roleTh: 'ประธาน' }]
				},
				(iso) => iso
			),
			1
		);
		expect(shown.members).toEqual([
			{ agencyId: '', roleTh: 'ประธาน' },
			{ agencyId: '', roleTh: '' }
		]);
		expect(shown.engagementId).toBe('');
	});
});
