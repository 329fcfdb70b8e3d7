import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.ts';
import { parseProjectForm, projectFormValues, projectFormValuesOf } from './project-form.ts';

const lead = '7a1f2f6e-0b7c-4c55-9a53-3f2e8a1b9c01';
const support = '7a1f2f6e-0b7c-4c55-9a53-3f2e8a1b9c02';
const element = '7a1f2f6e-0b7c-4c55-9a53-3f2e8a1b9c03';
const kpi = '7a1f2f6e-0b7c-4c55-9a53-3f2e8a1b9c04';
const partner = '7a1f2f6e-0b7c-4c55-9a53-3f2e8a1b9c05';

function posted(changes: Record<string, string> = {}) {
	const form = new FormData();
	const fields: Record<string, string> = {
		code: ' 04160000-3949 ',
		titleTh: 'โครงการส่งเสริมความร่วมมือ',
		titleEn: '',
		fiscalYear: '๒๕๖๓',
		startDate: '1/10/2562',
		endDate: '29/9/2563',
		budgetReceived: '1,000,000',
		budgetSpent: '',
		leadAgency: lead,
		objectives: 'เพื่อกระชับความสัมพันธ์\n\nเพื่อแลกเปลี่ยนความรู้\n',
		themes: '',
		status: 'in_progress',
		isNew: 'yes',
		...changes
	};
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	form.append('supportingAgencies', support);
	form.append('partnerIds', partner);
	return form;
}

const failure = (run: () => unknown) => {
	try {
		run();
	} catch (caught) {
		return caught as AppError;
	}
	throw new Error('expected a refusal');
};

describe('the project form', () => {
	it('reads every field as typed, and gives what the use cases take', () => {
		const values = projectFormValues(posted());
		expect(values).toMatchObject({
			fiscalYear: '๒๕๖๓',
			supportingAgencies: [support],
			isNew: true,
			responsiblePerson: ''
		});
		expect(parseProjectForm(values, '4')).toMatchObject({
			code: '04160000-3949',
			titleEn: null,
			fiscalYear: 2563,
			startDate: '2019-10-01',
			endDate: '2020-09-29',
			budgetReceived: 1_000_000,
			budgetSpent: 0,
			leadAgencies: [lead],
			supportingAgencies: [support],
			responsiblePerson: null,
			objectives: ['เพื่อกระชับความสัมพันธ์', 'เพื่อแลกเปลี่ยนความรู้'],
			partnerIds: [partner],
			unmatchedPartnerNames: [],
			themes: [],
			alignment: [],
			status: 'in_progress',
			isNew: true,
			version: 4
		});
	});

	it('says which fields are wrong: a budget that is not a number, a bad date, no lead agency', () => {
		const refused = failure(() =>
			parseProjectForm(
				projectFormValues(posted({ budgetReceived: 'หนึ่งล้าน', endDate: 'เมื่อเสร็จ', leadAgency: '' })),
				''
			)
		);
		expect(refused.fields).toMatchObject({
			budgetReceived: { key: 'validation.number' },
			endDate: { key: 'validation.date' },
			leadAgencies: { key: 'validation.leadAgencyRequired' }
		});
	});

	it('shows a stored project with dates as the language writes them and lists one per line', () => {
		const values = projectFormValuesOf(
			{
				...parseProjectForm(projectFormValues(posted()), ''),
				agencies: [
					{ id: lead, role: 'lead' },
					{ id: support, role: 'supporting' }
				],
				partners: [{ id: partner }],
				unmatchedPartnerNames: ['Seoul'],
				alignment: [
					{ elementId: element, kpiId: null },
					{ elementId: element, kpiId: kpi }
				]
			},
			(iso) => `[${iso}]`
		);
		expect(values).toMatchObject({
			startDate: '[2019-10-01]',
			leadAgency: lead,
			supportingAgencies: [support],
			objectives: 'เพื่อกระชับความสัมพันธ์\nเพื่อแลกเปลี่ยนความรู้',
			titleEn: '',
			partnerIds: [partner],
			unmatchedPartnerNames: ['Seoul'],
			alignment: [element, `${element}:${kpi}`]
		});
	});

	it('reads the ticked plan links, keeping the notes of those that stay', () => {
		const form = posted();
		form.append('alignment', `${element}:${kpi}`);
		form.append('alignment', element);
		form.append('alignment', element);
		const input = parseProjectForm(projectFormValues(form), '', [
			{ elementId: element, kpiId: kpi, noteTh: 'ตามแผนปฏิบัติราชการ' },
			{ elementId: support, kpiId: null, noteTh: 'ถูกเอาออก' }
		]);
		expect(input.alignment).toEqual([
			{ elementId: element, kpiId: kpi, noteTh: 'ตามแผนปฏิบัติราชการ' },
			{ elementId: element, kpiId: null, noteTh: null }
		]);
	});

	it('refuses a plan link that is not an element of a plan', () => {
		const form = posted();
		form.append('alignment', 'not-an-element');
		const refused = failure(() => parseProjectForm(projectFormValues(form), ''));
		expect(Object.keys(refused.fields ?? {})).toEqual(['alignment.0.elementId']);
	});
});
