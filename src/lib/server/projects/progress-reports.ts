import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { fiscalYearRange } from '../../dates.ts';
import type { Db, Tx } from '../db/index.ts';
import {
	type Actor,
	actsForAgency,
	AppError,
	authorize,
	type ChangeContext,
	type FieldErrors,
	recordAudit,
	refuseOwnReview,
	staleVersionError
} from '../platform/index.ts';
import { indexDocument } from '../search/index.ts';
import { presentProgressReport } from './presenters.ts';
import { projectAgencyIds, type ProgressReportRow, type ProjectRow } from './repository.ts';
import { progressReports, projects } from './schema.ts';
import type { ProgressReportInput, ProgressReportReview } from './schemas.ts';
import { projectStatusFrom } from './status.ts';

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

/** Reporters act for the project's lead and supporting agencies; the IAO and admins for every project. */
export async function canReportProgress(
	executor: Tx | Db,
	actor: Actor,
	projectId: string
): Promise<boolean> {
	authorize(actor, 'progressReport.report');
	return actsForAgency(actor, { agencyIds: await projectAgencyIds(executor, projectId) });
}

/**
 * The dates a report of a fiscal year may carry: from the start of the fiscal year to six months
 * after its end, when the last reports of a year are written.
 */
export function reportingReach(fiscalYear: number): { from: string; to: string } {
	const { start, end } = fiscalYearRange(fiscalYear);
	return { from: start, to: `${Number(end.slice(0, 4)) + 1}-03-31` };
}

/** Locks the project: every step of its reports is made one at a time. */
async function lockProject(tx: Tx, projectId: string): Promise<ProjectRow> {
	const [project] = await tx
		.select()
		.from(projects)
		.where(eq(projects.id, projectId))
		.for('update');
	if (!project) throw new AppError('not_found');
	return project;
}

async function lockReport(tx: Tx, projectId: string, sequence: number): Promise<ProgressReportRow> {
	const [report] = await tx
		.select()
		.from(progressReports)
		.where(and(eq(progressReports.projectId, projectId), eq(progressReports.sequence, sequence)))
		.for('update');
	if (!report) throw new AppError('not_found');
	return report;
}

async function refuseStale(tx: Tx, report: ProgressReportRow, version: number | undefined) {
	if (version === report.version) return;
	throw await staleVersionError(tx, 'progress_report', report.id, version ?? 0);
}

/** A reporter changes drafts and returned reports; submitted ones wait for review, approved ones are locked. */
function refuseUnlessOpen(report: ProgressReportRow) {
	if (report.state === 'approved') throw new AppError('locked');
	if (report.state === 'submitted') throw new AppError('invalid_transition');
}

type ReportFigures = Pick<
	ProgressReportRow,
	'reportedOn' | 'percentDone' | 'budgetDisbursed' | 'decreaseReason'
>;

/** Refuses figures that cannot be right, naming every field that is wrong. */
async function validateReport(
	tx: Tx,
	project: ProjectRow,
	sequence: number,
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
		const [previous] = await tx
			.select({ percentDone: progressReports.percentDone })
			.from(progressReports)
			.where(
				and(
					eq(progressReports.projectId, project.id),
					eq(progressReports.state, 'approved'),
					lt(progressReports.sequence, sequence)
				)
			)
			.orderBy(desc(progressReports.sequence))
			.limit(1);
		const before = previous?.percentDone;
		if (typeof before === 'number' && percent < before && !report.decreaseReason?.trim()) {
			fields.decreaseReason = {
				key: 'validation.decreaseReasonRequired',
				params: { previous: before }
			};
		}
	}
	if (Object.keys(fields).length) throw new AppError('validation_failed', { fields });
}

/** Writes one step of a report's life: bumps its version and audits before and after. */
async function writeStep(
	tx: Tx,
	context: ChangeContext,
	existing: ProgressReportRow,
	action: 'update' | 'submit' | 'approve' | 'return',
	changes: Partial<typeof progressReports.$inferInsert>
): Promise<ProgressReportRow> {
	const [updated] = await tx
		.update(progressReports)
		.set({ ...changes, version: existing.version + 1, updatedAt: new Date() })
		.where(eq(progressReports.id, existing.id))
		.returning();
	if (!updated) throw new AppError('internal', { detail: 'report update returned nothing' });
	await indexDocument(tx, 'progress_report', updated.id);
	await recordAudit(tx, context, {
		action,
		entityType: 'progress_report',
		entityId: existing.id,
		before: audited(existing),
		after: audited(updated)
	});
	return updated;
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
	const approved = await tx
		.select({
			sequence: progressReports.sequence,
			percentDone: progressReports.percentDone,
			projectStatus: progressReports.projectStatus
		})
		.from(progressReports)
		.where(and(eq(progressReports.projectId, project.id), eq(progressReports.state, 'approved')));
	const [sum] = await tx
		.select({
			total: sql<string>`coalesce(sum(${progressReports.budgetDisbursed}), 0)`
		})
		.from(progressReports)
		.where(and(eq(progressReports.projectId, project.id), eq(progressReports.state, 'approved')));
	const status = projectStatusFrom(approved);
	const budgetSpent = Number(sum?.total ?? 0);
	if (status === project.status && budgetSpent === project.budgetSpent) return;
	const [updated] = await tx
		.update(projects)
		.set({ status, budgetSpent, version: project.version + 1, updatedAt: new Date() })
		.where(eq(projects.id, project.id))
		.returning();
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
 * Saves a progress report as its reporter enters it: without a sequence, a new draft that takes
 * the project's next sequence; with one, a change to a draft or returned report at its version.
 */
export async function saveProgressReport(
	db: Db,
	context: ChangeContext,
	projectId: string,
	input: ProgressReportInput
): Promise<ProgressReportRow> {
	return db.transaction(async (tx) => {
		const project = await lockProject(tx, projectId);
		if (!(await canReportProgress(tx, context.actor, projectId))) throw new AppError('forbidden');
		const values = {
			reportedOn: input.reportedOn,
			statusText: input.statusText,
			percentDone: input.percentDone,
			budgetDisbursed: input.budgetDisbursed,
			onPlan: input.onPlan,
			onTarget: input.onTarget,
			projectStatus: input.projectStatus,
			reportedBy: input.reportedBy || null,
			decreaseReason: input.decreaseReason || null,
			enteredBy: context.actor.id
		};
		if (input.sequence === undefined) {
			const [last] = await tx
				.select({ sequence: sql<number>`coalesce(max(${progressReports.sequence}), 0)` })
				.from(progressReports)
				.where(eq(progressReports.projectId, projectId));
			const sequence = Number(last?.sequence ?? 0) + 1;
			await validateReport(tx, project, sequence, values);
			const [created] = await tx
				.insert(progressReports)
				.values({ projectId, sequence, state: 'draft', ...values })
				.returning();
			if (!created) throw new AppError('internal', { detail: 'report insert returned nothing' });
			await indexDocument(tx, 'progress_report', created.id);
			await recordAudit(tx, context, {
				action: 'create',
				entityType: 'progress_report',
				entityId: created.id,
				after: audited(created)
			});
			return created;
		}
		const existing = await lockReport(tx, projectId, input.sequence);
		refuseUnlessOpen(existing);
		await refuseStale(tx, existing, input.version);
		await validateReport(tx, project, existing.sequence, values);
		return writeStep(tx, context, existing, 'update', values);
	});
}

/** Sends a draft or returned report to the IAO for review. */
export async function submitProgressReport(
	db: Db,
	context: ChangeContext,
	projectId: string,
	sequence: number,
	version: number
): Promise<ProgressReportRow> {
	return db.transaction(async (tx) => {
		const project = await lockProject(tx, projectId);
		if (!(await canReportProgress(tx, context.actor, projectId))) throw new AppError('forbidden');
		const existing = await lockReport(tx, projectId, sequence);
		refuseUnlessOpen(existing);
		await refuseStale(tx, existing, version);
		await validateReport(tx, project, existing.sequence, existing);
		return writeStep(tx, context, existing, 'submit', {
			state: 'submitted',
			submittedAt: new Date(),
			submittedBy: context.actor.id
		});
	});
}

/**
 * The IAO approves a submitted report, which locks it and carries its figures to the project, or
 * returns it to its reporter with a comment; never the one who submitted it (four eyes).
 */
export async function reviewProgressReport(
	db: Db,
	context: ChangeContext,
	projectId: string,
	sequence: number,
	review: ProgressReportReview
): Promise<ProgressReportRow> {
	authorize(context.actor, 'progressReport.review');
	const reviewed = await db.transaction(async (tx) => {
		const project = await lockProject(tx, projectId);
		const existing = await lockReport(tx, projectId, sequence);
		if (existing.state === 'approved') throw new AppError('locked');
		if (existing.state !== 'submitted') throw new AppError('invalid_transition');
		await refuseStale(tx, existing, review.version);
		if (await refuseOwnReview(tx, context, 'progress_report', existing, review.decision)) {
			return null;
		}
		const approve = review.decision === 'approve';
		if (!approve && !review.comment?.trim()) {
			throw new AppError('validation_failed', {
				fields: { comment: { key: 'validation.commentRequired' } }
			});
		}
		if (approve) await validateReport(tx, project, existing.sequence, existing);
		const reviewed = await writeStep(tx, context, existing, approve ? 'approve' : 'return', {
			state: approve ? 'approved' : 'returned',
			reviewComment: review.comment || null,
			reviewedBy: context.actor.id,
			reviewedAt: new Date()
		});
		if (approve) await followApprovedReports(tx, context, project);
		return reviewed;
	});
	if (!reviewed) throw new AppError('own_submission');
	return reviewed;
}
