import { describe, expect, it } from 'vitest';
import { AppError } from '#lib/server/platform/errors.ts';
import { projectFormErrors } from '../form-errors.ts';
import { parseReportForm, reportFormValues } from './report-form.ts';
import { reportFormState } from './report-state.ts';

function posted(changes: Record<string, string> = {}) {
	const form = new FormData();
	const fields = {
		sequence: '',
		reportedOn: '15/10/2562',
		statusText: 'อยู่ระหว่างขั้นตอนการประสานงาน',
		percentDone: '๑',
		budgetDisbursed: '',
		onPlan: 'yes',
		onTarget: 'no',
		projectStatus: '',
		reportedBy: ' ',
		decreaseReason: '',
		...changes
	};
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	return form;
}

describe('the progress-report form', () => {
	it('gives a new report without sequence or version, and a change with both', () => {
		expect(parseReportForm(reportFormValues(posted()), '7')).toEqual({
			sequence: undefined,
			reportedOn: '2019-10-15',
			statusText: 'อยู่ระหว่างขั้นตอนการประสานงาน',
			percentDone: 1,
			budgetDisbursed: 0,
			onPlan: true,
			onTarget: false,
			projectStatus: null,
			reportedBy: undefined,
			decreaseReason: undefined,
			version: undefined
		});
		const change = parseReportForm(
			reportFormValues(posted({ sequence: '7', projectStatus: 'cancelled' })),
			'3'
		);
		expect(change).toMatchObject({ sequence: 7, version: 3, projectStatus: 'cancelled' });
	});

	it('refuses a % above 100 and a date that is not one, naming both', () => {
		try {
			parseReportForm(reportFormValues(posted({ percentDone: '120', reportedOn: 'เมื่อวาน' })), '');
			throw new Error('expected a refusal');
		} catch (caught) {
			expect((caught as AppError).fields).toMatchObject({
				percentDone: { key: 'validation.percentage' },
				reportedOn: { key: 'validation.date' }
			});
		}
	});
});

describe('projectFormErrors', () => {
	it('points list and lead-agency errors at the fields the form shows', () => {
		const caught = new AppError('validation_failed', {
			fields: {
				'leadAgencies.0': { key: 'validation.invalid' },
				'objectives.2': { key: 'validation.tooLong' }
			}
		});
		expect((projectFormErrors(caught) as AppError).fields).toEqual({
			leadAgency: { key: 'validation.invalid' },
			objectives: { key: 'validation.tooLong' }
		});
	});
});

describe('reportFormState', () => {
	const base = {
		reportedOn: '2019-10-15',
		statusText: 'ประสานงาน',
		percentDone: 5,
		budgetDisbursed: 0,
		onPlan: true,
		onTarget: null,
		projectStatus: null,
		reportedBy: null,
		decreaseReason: null,
		reviewComment: null
	};
	const date = (iso: string) => `<${iso}>`;

	it('offers the next report when every report is approved', () => {
		const state = reportFormState(
			[{ ...base, sequence: 1, state: 'approved', version: 1 }],
			{ report: true },
			date
		);
		expect(state).toMatchObject({ pending: null, canEdit: true, sequence: 2, version: '' });
		expect(state.values.statusText).toBe('');
	});

	it('offers a returned report again with its comment, as it was saved', () => {
		const state = reportFormState(
			[
				{ ...base, sequence: 1, state: 'approved', version: 1 },
				{ ...base, sequence: 2, state: 'returned', version: 4, reviewComment: 'แก้ไข' }
			],
			{ report: true },
			date
		);
		expect(state).toMatchObject({ sequence: 2, version: 4, returnedComment: 'แก้ไข' });
		expect(state.values).toMatchObject({
			sequence: '2',
			reportedOn: '<2019-10-15>',
			percentDone: '5',
			onPlan: 'yes',
			onTarget: ''
		});
	});

	it('waits while a report is under review, and offers nothing to those who may not report', () => {
		const pending = reportFormState(
			[{ ...base, sequence: 1, state: 'submitted', version: 2 }],
			{ report: true },
			date
		);
		expect(pending.pending?.sequence).toBe(1);
		expect(pending.canEdit).toBe(false);
		expect(reportFormState([], { report: false }, date).canEdit).toBe(false);
	});
});
