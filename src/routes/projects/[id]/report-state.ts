import type { ReportFormValues } from './report-form.ts';

interface Report {
	sequence: number;
	reportedOn: string;
	statusText: string;
	percentDone: number | null;
	budgetDisbursed: number | null;
	onPlan: boolean | null;
	onTarget: boolean | null;
	projectStatus: string | null;
	reportedBy: string | null;
	decreaseReason: string | null;
	state: 'draft' | 'submitted' | 'returned' | 'approved';
	reviewComment: string | null;
	version: number;
}

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');
const figure = (value: number | null) => (value === null ? '' : String(value));

/**
 * Where a project's reports stand for the page's report section: a report awaiting review (one at
 * a time), or the report a reporter may write — the open draft or returned one, else the next.
 */
export function reportFormState(
	reports: readonly Report[],
	may: { report: boolean },
	/** How the form shows a stored date, e.g. 15/12/2568 in Thai. */
	dateText: (iso: string) => string
): {
	pending: Report | null;
	canEdit: boolean;
	sequence: number;
	version: number | '';
	returnedComment: string | null;
	values: ReportFormValues;
} {
	const pending = reports.find((report) => report.state === 'submitted') ?? null;
	const open = reports.find((report) => report.state === 'draft' || report.state === 'returned');
	const next = Math.max(0, ...reports.map((report) => report.sequence)) + 1;
	return {
		pending,
		canEdit: may.report && !pending,
		sequence: open?.sequence ?? next,
		version: open?.version ?? '',
		returnedComment: open?.state === 'returned' ? open.reviewComment : null,
		values: {
			sequence: open ? String(open.sequence) : '',
			reportedOn: open ? dateText(open.reportedOn) : '',
			statusText: open?.statusText ?? '',
			percentDone: figure(open?.percentDone ?? null),
			budgetDisbursed: figure(open?.budgetDisbursed ?? null),
			onPlan: yesNo(open?.onPlan ?? null),
			onTarget: yesNo(open?.onTarget ?? null),
			projectStatus: open?.projectStatus ?? '',
			reportedBy: open?.reportedBy ?? '',
			decreaseReason: open?.decreaseReason ?? ''
		}
	};
}
