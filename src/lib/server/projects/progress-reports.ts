import { fiscalYearRange } from '../../dates.ts';
import type { Db, Tx } from '../db/index.ts';
import {
	AppError,
	type ChangeContext,
	type FieldErrors,
	recordAudit,
	type ReviewedKind,
	reviewWork,
	saveWork,
	submitWork
} from '../platform/index.ts';
import { notifyReviewStep } from '../notifications/index.ts';
import { indexDocument } from '../search/index.ts';
import { presentProgressReport } from './presenters.ts';
import {
	approvedReports,
	insertReport,
	lockProject,
	lockReport,
	previousApprovedPercent,
	projectAgencyIds,
	updateProjectFigures,
	updateReport,
	type ProgressReportRow,
	type ProjectRow
} from './repository.ts';
import type { ProgressReportInput, ProgressReportReview } from './schemas.ts';
import { projectStatusFrom } from './status.ts';

/** A report is the project's, by its sequence; none for a new report. */
interface ReportKey {
	projectId: string;
	sequence?: number;
}

/** What a reporter enters of a report, with what is left blank as null. */
type ReportValues = Omit<
	ProgressReportInput,
	'sequence' | 'version' | 'reportedBy' | 'decreaseReason'
> &
	Pick<ProgressReportRow, 'reportedBy' | 'decreaseReason'>;

/** What the audit trail keeps of a report: what the API shows, without id and timestamps. */
function audited(report: ProgressReportRow) {
	const {
		id: _id,
		submittedAt: _submitted,
		reviewedAt: _reviewed,
		...kept
	} = presentProgressReport(report);
	return kept;
}

const auditedProject = (project: ProjectRow) => ({
	status: project.status,
	budgetSpent: project.budgetSpent,
	version: project.version
});

/**
 * The dates a report of a fiscal year may carry: from the start of the fiscal year to six months
 * after its end, when the last reports of a year are written.
 */
export function reportingReach(fiscalYear: number): { from: string; to: string } {
	const { start, end } = fiscalYearRange(fiscalYear);
	return { from: start, to: `${Number(end.slice(0, 4)) + 1}-03-31` };
}

type ReportFigures = Pick<
	ProgressReportRow,
	'reportedOn' | 'percentDone' | 'budgetDisbursed' | 'decreaseReason'
>;

/**
 * Refuses figures that cannot be right, naming every field that is wrong. `sequence` is the
 * report's; none for a new report, which comes after every other.
 */
async function validateReport(
	tx: Tx,
	project: ProjectRow,
	sequence: number | undefined,
	report: ReportFigures
): Promise<void> {
	const fields: FieldErrors = {};
	const percent = report.percentDone;
	if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
		fields.percentDone = { key: 'validation.percentage' };
	}
	const budget = report.budgetDisbursed;
	if (typeof budget !== 'number' || !Number.isFinite(budget)) {
		fields.budgetDisbursed = { key: 'validation.number' };
	} else if (budget < 0) {
		fields.budgetDisbursed = { key: 'validation.notNegative' };
	}
	const reach = reportingReach(project.fiscalYear);
	if (
		!/^\d{4}-\d{2}-\d{2}$/.test(report.reportedOn) ||
		Number.isNaN(Date.parse(report.reportedOn))
	) {
		fields.reportedOn = { key: 'validation.date' };
	} else if (report.reportedOn < reach.from || report.reportedOn > reach.to) {
		fields.reportedOn = {
			key: 'validation.reportedOnOutsideReach',
			params: { ...reach, fiscalYear: project.fiscalYear }
		};
	}
	if (!fields.percentDone && typeof percent === 'number') {
		const before = await previousApprovedPercent(tx, project.id, sequence);
		if (typeof before === 'number' && percent < before && !report.decreaseReason?.trim()) {
			fields.decreaseReason = {
				key: 'validation.decreaseReasonRequired',
				params: { previous: before }
			};
		}
	}
	if (Object.keys(fields).length) throw new AppError('validation_failed', { fields });
}

/**
 * The project's status and disbursement follow from its approved reports: the status by
 * projectStatusFrom, the budget spent as the sum of their disbursements. Audited when they change.
 */
async function followApprovedReports(
	tx: Tx,
	context: ChangeContext,
	project: ProjectRow
): Promise<void> {
	const { reports, disbursed } = await approvedReports(tx, project.id);
	const status = projectStatusFrom(reports);
	if (status === project.status && disbursed === project.budgetSpent) return;
	const updated = await updateProjectFigures(tx, project.id, {
		status,
		budgetSpent: disbursed,
		version: project.version + 1
	});
	if (!updated) throw new AppError('internal', { detail: 'project update returned nothing' });
	await recordAudit(tx, context, {
		action: 'update',
		entityType: 'project',
		entityId: project.id,
		before: auditedProject(project),
		after: auditedProject(updated)
	});
}

/**
 * Progress reports in the review workflow: reported by the project's lead and supporting agencies
 * (the IAO and admins for every project), reviewed by the IAO; the steps of one project's reports
 * wait for each other; an approved report carries its figures to the project.
 */
export const progressReportReview: ReviewedKind<
	ReportKey,
	ProjectRow,
	ProgressReportRow,
	ReportValues
> = {
	entityType: 'progress_report',
	actions: { report: 'progressReport.report', review: 'progressReport.review' },
	parent: (tx, { projectId }) => lockProject(tx, projectId),
	agencyIds: (executor, project) => projectAgencyIds(executor, project.id),
	async lock(tx, { key }) {
		if (key.sequence === undefined) return null;
		const report = await lockReport(tx, key.projectId, key.sequence);
		if (!report) throw new AppError('not_found');
		return report;
	},
	stateOf: (report) => report.state,
	validate: (tx, { parent }, values, existing) =>
		validateReport(tx, parent, existing?.sequence, values),
	check: (tx, { parent }, report) => validateReport(tx, parent, report.sequence, report),
	insert: (tx, { parent }, values, marks) => insertReport(tx, parent.id, { ...values, ...marks }),
	update: (tx, report, values, marks) => updateReport(tx, report.id, { ...values, ...marks }),
	audited,
	written: (tx, report) => indexDocument(tx, 'progress_report', report.id),
	approved: (tx, context, { parent }) => followApprovedReports(tx, context, parent),
	stepTaken: async (tx, context, step, { parent }, report) =>
		notifyReviewStep(tx, context, {
			step,
			actions: progressReportReview.actions,
			agencyIds: await projectAgencyIds(tx, parent.id),
			path: `/projects/${parent.id}#report`,
			facts: {
				record: 'progressReport',
				title: parent.titleTh,
				titleEn: parent.titleEn ?? parent.titleTh
			},
			comment: report.reviewComment
		})
};

/**
 * Saves a progress report as its reporter enters it: without a sequence, a new draft that takes
 * the project's next sequence; with one, a change to a draft or returned report at its version.
 * With `submit`, the saved report is sent for review in the same transaction.
 */
export function saveProgressReport(
	db: Db,
	context: ChangeContext,
	projectId: string,
	input: ProgressReportInput,
	{ submit }: { submit?: boolean } = {}
): Promise<ProgressReportRow> {
	const values: ReportValues = {
		reportedOn: input.reportedOn,
		statusText: input.statusText,
		percentDone: input.percentDone,
		budgetDisbursed: input.budgetDisbursed,
		onPlan: input.onPlan,
		onTarget: input.onTarget,
		projectStatus: input.projectStatus,
		reportedBy: input.reportedBy || null,
		decreaseReason: input.decreaseReason || null
	};
	return saveWork(
		db,
		context,
		progressReportReview,
		{ projectId, sequence: input.sequence },
		values,
		{ version: input.version, submit }
	);
}

/** Sends a draft or returned report to the IAO for review. */
export function submitProgressReport(
	db: Db,
	context: ChangeContext,
	projectId: string,
	sequence: number,
	version: number
): Promise<ProgressReportRow> {
	return submitWork(db, context, progressReportReview, { projectId, sequence }, version);
}

/**
 * The IAO approves a submitted report, which locks it and carries its figures to the project, or
 * returns it to its reporter with a comment; never the one who submitted it (four eyes).
 */
export function reviewProgressReport(
	db: Db,
	context: ChangeContext,
	projectId: string,
	sequence: number,
	review: ProgressReportReview
): Promise<ProgressReportRow> {
	return reviewWork(db, context, progressReportReview, { projectId, sequence }, review);
}
