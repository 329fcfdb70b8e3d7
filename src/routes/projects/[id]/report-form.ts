import {
	formDate,
	formNumber,
	formText,
	formVersion,
	formYesNo,
	parseInput
} from '#lib/server/platform/index.ts';
import { type ProgressReportInput, progressReportInputSchema } from '#lib/server/projects/index.ts';

/** The progress-report form as typed, to be shown again when it fails. */
export interface ReportFormValues {
	sequence: string;
	reportedOn: string;
	statusText: string;
	percentDone: string;
	budgetDisbursed: string;
	onPlan: string;
	onTarget: string;
	projectStatus: string;
	reportedBy: string;
	decreaseReason: string;
}

const names: (keyof ReportFormValues)[] = [
	'sequence',
	'reportedOn',
	'statusText',
	'percentDone',
	'budgetDisbursed',
	'onPlan',
	'onTarget',
	'projectStatus',
	'reportedBy',
	'decreaseReason'
];

export function reportFormValues(form: FormData): ReportFormValues {
	return Object.fromEntries(
		names.map((name) => [name, formText(form, name)])
	) as unknown as ReportFormValues;
}

/**
 * What the report use case takes from the form: a new report without a sequence, a change to an
 * open one with its sequence and the version it was loaded at; or every problem at once.
 */
export function parseReportForm(values: ReportFormValues, version: string): ProgressReportInput {
	return parseInput(progressReportInputSchema, {
		sequence: formNumber(values.sequence),
		reportedOn: formDate(values.reportedOn) ?? '',
		statusText: values.statusText,
		percentDone: formNumber(values.percentDone),
		budgetDisbursed: formNumber(values.budgetDisbursed) ?? 0,
		onPlan: formYesNo(values.onPlan),
		onTarget: formYesNo(values.onTarget),
		projectStatus: values.projectStatus || null,
		reportedBy: values.reportedBy.trim() || undefined,
		decreaseReason: values.decreaseReason.trim() || undefined,
		version: values.sequence ? formVersion(version) : undefined
	});
}
