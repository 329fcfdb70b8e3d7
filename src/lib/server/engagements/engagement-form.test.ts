import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.ts';
import {
	engagementFormValues,
	engagementFormValuesOf,
	parseEngagementChangeForm,
	parseEngagementForm,
	withBlankRows
} from './engagement-form.ts';
import type { presentEngagementDetail } from './presenters.ts';

const seoul = '7a1f2f6e-0b7c-4c55-9a53-3f2e8a1b9c01';
const tokyo = '7a1f2f6e-0b7c-4c55-9a53-3f2e8a1b9c02';
const environment = '7a1f2f6e-0b7c-4c55-9a53-3f2e8a1b9c03';

function posted(rows: Record<string, string>) {
	const form = new FormData();
	const fields: Record<string, string> = {
		kind: 'meeting',
		titleTh: 'การประชุมเมืองหลวงอาเซียน',
		startsOn: '26/6/2562',
		endsOn: '28/6/2562',
		topics: 'เมืองอัจฉริยะ\n\nการท่องเที่ยว',
		...rows
	};
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	return form;
}

const blankParticipant = (index: number) => ({
	[`participants-${index}-partnerId`]: '',
	[`participants-${index}-agencyId`]: '',
	[`participants-${index}-headcount`]: '',
	[`participants-${index}-presentationTh`]: ''
});

describe('the engagement form', () => {
	it('takes any number of participants, outcomes and commitments, leaving blank rows out', () => {
		const values = engagementFormValues(
			posted({
				'participants-0-partnerId': seoul,
				'participants-0-headcount': '๑๒',
				'participants-0-presentationTh': 'ระบบขนส่งอัจฉริยะ',
				...blankParticipant(1),
				'participants-2-partnerId': tokyo,
				'participants-2-agencyId': '',
				'participants-2-headcount': '',
				'participants-2-presentationTh': '',
				'outcomes-0-kind': 'declaration',
				'outcomes-0-titleTh': 'ปฏิญญากรุงเทพ',
				'outcomes-1-kind': 'decision',
				'outcomes-1-titleTh': '',
				'commitments-0-titleTh': 'กรอบความร่วมมือด้านการท่องเที่ยว',
				'commitments-0-scope': 'multilateral',
				'commitments-0-agencyId': environment,
				'commitments-0-dueOn': '31/12/2562'
			})
		);
		const input = parseEngagementForm(values);
		expect(input.startsOn).toBe('2019-06-26');
		expect(input.topics).toEqual(['เมืองอัจฉริยะ', 'การท่องเที่ยว']);
		expect(input.participants).toMatchObject([
			{ partnerId: seoul, headcount: 12, presentationTh: 'ระบบขนส่งอัจฉริยะ' },
			{ partnerId: tokyo, headcount: null }
		]);
		expect(input.outcomes).toMatchObject([{ kind: 'declaration', titleTh: 'ปฏิญญากรุงเทพ' }]);
		expect(input.commitments).toMatchObject([
			{
				scope: 'multilateral',
				agencyIds: [environment],
				partnerIds: [seoul, tokyo],
				dueOn: '2019-12-31'
			}
		]);
		const shown = withBlankRows(values, 2);
		expect(shown.participants).toHaveLength(4);
		expect(shown.outcomes).toHaveLength(3);
	});

	it('names each refusal by the row it came from', () => {
		const refused = (() => {
			try {
				parseEngagementForm(
					engagementFormValues(
						posted({
							...blankParticipant(0),
							'participants-1-partnerId': seoul,
							'participants-1-agencyId': environment,
							'participants-1-headcount': '10',
							'participants-1-presentationTh': '',
							'participants-2-partnerId': tokyo,
							'participants-2-agencyId': '',
							'participants-2-headcount': 'สิบ',
							'participants-2-presentationTh': '',
							'commitments-0-titleTh': 'ส่งข้อมูล',
							'commitments-0-scope': 'bilateral',
							'commitments-0-agencyId': '',
							'commitments-0-dueOn': ''
						})
					)
				);
			} catch (caught) {
				return caught as AppError;
			}
			throw new Error('expected a refusal');
		})();
		expect(Object.keys(refused.fields ?? {}).sort()).toEqual([
			'commitments-0-agencyId',
			'participants-1-partnerId',
			'participants-2-headcount'
		]);
	});

	it('shows a recorded engagement so that saving it unchanged keeps every fact', () => {
		const agreement = '7a1f2f6e-0b7c-4c55-9a53-3f2e8a1b9c04';
		const project = '7a1f2f6e-0b7c-4c55-9a53-3f2e8a1b9c05';
		const recorded = {
			id: '7a1f2f6e-0b7c-4c55-9a53-3f2e8a1b9c06',
			kind: 'summit',
			titleTh: 'การประชุมผู้ว่าราชการและนายกเทศมนตรีเมืองหลวงอาเซียน ครั้งที่ 7',
			titleEn: '7th MGMAC',
			startsOn: '2019-06-26',
			endsOn: '2019-06-28',
			venue: 'โรงแรมแชงกรี-ลา',
			city: 'กรุงเทพมหานคร',
			countryCode: 'TH',
			host: null,
			organisingAgency: { id: environment },
			themeTh: 'เมืองอัจฉริยะ',
			topics: ['เมืองอัจฉริยะ', 'การท่องเที่ยว'],
			summaryTh: null,
			project: { id: project },
			participants: [
				{ partner: { id: seoul }, agency: null, headcount: 5, presentationTh: 'ระบบขนส่ง' },
				{ partner: null, agency: { id: environment }, headcount: null, presentationTh: null }
			],
			outcomes: [
				{
					kind: 'declaration',
					titleTh: 'ปฏิญญากรุงเทพ',
					titleEn: 'Bangkok Declaration',
					descriptionTh: 'ว่าด้วยความร่วมมือ',
					agreement: { id: agreement }
				}
			],
			version: 3
		} as unknown as ReturnType<typeof presentEngagementDetail>;
		const form = new FormData();
		const shown = withBlankRows(engagementFormValuesOf(recorded, (iso) => iso));
		for (const [name, value] of Object.entries(shown)) {
			if (typeof value === 'string') form.set(name, value);
		}
		for (const kind of ['participants', 'outcomes'] as const) {
			for (const [index, row] of shown[kind].entries()) {
				for (const [part, value] of Object.entries(row))
					form.set(`${kind}-${index}-${part}`, value);
			}
		}
		const change = parseEngagementChangeForm(engagementFormValues(form), '3');
		expect(change).toMatchObject({
			version: 3,
			kind: 'summit',
			titleEn: '7th MGMAC',
			themeTh: 'เมืองอัจฉริยะ',
			hostPartnerId: null,
			organisingAgencyId: environment,
			projectId: project,
			topics: ['เมืองอัจฉริยะ', 'การท่องเที่ยว'],
			participants: [
				{ partnerId: seoul, agencyId: null, headcount: 5, presentationTh: 'ระบบขนส่ง' },
				{ partnerId: null, agencyId: environment, headcount: null, presentationTh: null }
			],
			outcomes: [
				{
					kind: 'declaration',
					titleTh: 'ปฏิญญากรุงเทพ',
					titleEn: 'Bangkok Declaration',
					descriptionTh: 'ว่าด้วยความร่วมมือ',
					agreementId: agreement
				}
			]
		});
		expect(() => parseEngagementChangeForm(engagementFormValues(form), '')).toThrow(AppError);
	});
});
