import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/index.ts';
import {
	type Actor,
	actsForAgency,
	AppError,
	authorize,
	type ChangeContext,
	duplicateOf,
	type FilesToKeep,
	recordAudit,
	refuseDuplicates,
	refuseOwnReview,
	staleVersionError,
	withFiles
} from '../platform/index.ts';
import { findKpi, findResult, kpiLeadAgencyIds, type ResultRow } from './repository.ts';
import { kpiLevels, kpiResults } from './schema.ts';
import type { KpiResultInput, KpiResultReview } from './schemas.ts';

const audited = (result: ResultRow) => ({
	kpiId: result.kpiId,
	fiscalYear: result.fiscalYear,
	value: result.value,
	evidenceTh: result.evidenceTh,
	evidenceLinks: result.evidenceLinks,
	status: result.status,
	reviewComment: result.reviewComment,
	version: result.version
});

/** Reporters act for the KPI's lead agencies; the IAO and admins for every KPI. */
export async function canReportKpi(tx: Tx | Db, actor: Actor, kpiId: string): Promise<boolean> {
	authorize(actor, 'kpiResult.report');
	return actsForAgency(actor, { agencyIds: await kpiLeadAgencyIds(tx, kpiId) });
}

async function lockResult(tx: Tx, kpiId: string, fiscalYear: number) {
	await tx.execute(
		sql`SELECT 1 FROM ${kpiResults} WHERE ${kpiResults.kpiId} = ${kpiId} AND ${kpiResults.fiscalYear} = ${fiscalYear} FOR UPDATE`
	);
	return findResult(tx, kpiId, fiscalYear);
}

async function refuseStale(tx: Tx, result: ResultRow, version: number | undefined) {
	if (version === result.version) return;
	throw await staleVersionError(tx, 'kpi_result', result.id, version ?? 0);
}

/** Writes one step of a result's life: bumps its version and audits before and after. */
async function writeStep(
	tx: Tx,
	context: ChangeContext,
	existing: ResultRow,
	action: 'update' | 'submit' | 'approve' | 'return',
	changes: Partial<typeof kpiResults.$inferInsert>
): Promise<ResultRow> {
	const [updated] = await tx
		.update(kpiResults)
		.set({ ...changes, version: existing.version + 1, updatedAt: new Date() })
		.where(eq(kpiResults.id, existing.id))
		.returning();
	if (!updated) throw new AppError('internal', { detail: 'result update returned nothing' });
	await recordAudit(tx, context, {
		action,
		entityType: 'kpi_result',
		entityId: existing.id,
		before: audited(existing),
		after: audited(updated)
	});
	return updated;
}

async function validateValue(
	tx: Tx,
	kpi: NonNullable<Awaited<ReturnType<typeof findKpi>>>,
	input: KpiResultInput
) {
	const { plan } = kpi;
	if (input.fiscalYear < plan.fiscalYearStart || input.fiscalYear > plan.fiscalYearEnd) {
		throw new AppError('validation_failed', {
			fields: {
				fiscalYear: {
					key: 'validation.fiscalYearOutsidePlan',
					params: { from: plan.fiscalYearStart, to: plan.fiscalYearEnd }
				}
			}
		});
	}
	if (input.value === null) return;
	if (kpi.kpi.kind === 'maturity') {
		const levels = await tx.select().from(kpiLevels).where(eq(kpiLevels.kpiId, kpi.kpi.id));
		const max = levels.length;
		if (!Number.isInteger(input.value) || input.value < 1 || input.value > max) {
			throw new AppError('validation_failed', {
				fields: { value: { key: 'validation.levelOutsideLadder', params: { max } } }
			});
		}
	} else if (kpi.kpi.kind === 'percentage' && (input.value < 0 || input.value > 100)) {
		throw new AppError('validation_failed', {
			fields: { value: { key: 'validation.percentage' } }
		});
	} else if (input.value < 0) {
		throw new AppError('validation_failed', {
			fields: { value: { key: 'validation.notNegative' } }
		});
	}
}

function submitStep(tx: Tx, context: ChangeContext, existing: ResultRow): Promise<ResultRow> {
	return writeStep(tx, context, existing, 'submit', {
		status: 'submitted',
		submittedAt: new Date(),
		submittedBy: context.actor.id
	});
}

export interface ResultReport {
	/** Evidence files (checked by `checkFiles`) kept with the result, or not at all. */
	evidence?: FilesToKeep;
	/** Sends the saved result for review in the same transaction. */
	submit?: boolean;
}

/**
 * Saves the result of a KPI for a fiscal year as a draft: a new one, or a draft or returned one
 * changed by its reporter. A submitted result waits for review; an approved one is locked. The
 * result, its evidence files and its submission are one change: all kept, or nothing.
 */
export async function saveKpiResult(
	db: Db,
	context: ChangeContext,
	kpiId: string,
	input: KpiResultInput,
	{ evidence, submit = false }: ResultReport = {}
): Promise<ResultRow> {
	return refuseDuplicates(
		() =>
			withFiles(db, context, async (tx, keepFiles) => {
				const kpi = await findKpi(tx, kpiId);
				if (!kpi) throw new AppError('not_found');
				if (!(await canReportKpi(tx, context.actor, kpiId))) throw new AppError('forbidden');
				await validateValue(tx, kpi, input);
				const existing = await lockResult(tx, kpiId, input.fiscalYear);
				const saved = existing
					? await changeDraft(tx, context, existing, input)
					: await createResult(tx, context, kpiId, input);
				if (evidence) await keepFiles({ ownerType: 'kpi_result', ownerId: saved.id }, evidence);
				return submit ? submitStep(tx, context, saved) : saved;
			}),
		() => refuseSecondResult(db, kpiId, input.fiscalYear)
	);
}

/** A result recorded at the same time for the same KPI and year: the refusal names it. */
async function refuseSecondResult(db: Db, kpiId: string, fiscalYear: number) {
	const [found, result] = await Promise.all([
		findKpi(db, kpiId),
		findResult(db, kpiId, fiscalYear)
	]);
	if (found && result) {
		throw duplicateOf('fiscalYear', 'validation.kpiResultExists', {
			id: result.id,
			label: `${found.kpi.code} ${found.kpi.titleTh} (${fiscalYear})`,
			href: `/kpis/${kpiId}`
		});
	}
}

function enteredValues(context: ChangeContext, input: KpiResultInput) {
	return {
		value: input.value,
		evidenceTh: input.evidenceTh,
		evidenceLinks: input.evidenceLinks,
		enteredBy: context.actor.id
	};
}

async function createResult(
	tx: Tx,
	context: ChangeContext,
	kpiId: string,
	input: KpiResultInput
): Promise<ResultRow> {
	const [created] = await tx
		.insert(kpiResults)
		.values({ kpiId, fiscalYear: input.fiscalYear, ...enteredValues(context, input) })
		.returning();
	if (!created) throw new AppError('internal', { detail: 'result insert returned nothing' });
	await recordAudit(tx, context, {
		action: 'create',
		entityType: 'kpi_result',
		entityId: created.id,
		after: audited(created)
	});
	return created;
}

async function changeDraft(
	tx: Tx,
	context: ChangeContext,
	existing: ResultRow,
	input: KpiResultInput
): Promise<ResultRow> {
	if (existing.status === 'approved') throw new AppError('locked');
	if (existing.status === 'submitted') throw new AppError('invalid_transition');
	await refuseStale(tx, existing, input.version);
	return writeStep(tx, context, existing, 'update', enteredValues(context, input));
}

/** Sends a draft or returned result to the IAO for review. */
export async function submitKpiResult(
	db: Db,
	context: ChangeContext,
	kpiId: string,
	fiscalYear: number,
	version: number
): Promise<ResultRow> {
	return db.transaction(async (tx) => {
		if (!(await findKpi(tx, kpiId))) throw new AppError('not_found');
		if (!(await canReportKpi(tx, context.actor, kpiId))) throw new AppError('forbidden');
		const existing = await lockResult(tx, kpiId, fiscalYear);
		if (!existing) throw new AppError('not_found');
		if (existing.status === 'approved') throw new AppError('locked');
		if (existing.status === 'submitted') throw new AppError('invalid_transition');
		await refuseStale(tx, existing, version);
		return submitStep(tx, context, existing);
	});
}

/**
 * The IAO approves a submitted result, which locks it, or returns it with a comment; never the
 * one who submitted it (four eyes).
 */
export async function reviewKpiResult(
	db: Db,
	context: ChangeContext,
	kpiId: string,
	fiscalYear: number,
	review: KpiResultReview
): Promise<ResultRow> {
	authorize(context.actor, 'kpiResult.review');
	const reviewed = await db.transaction(async (tx) => {
		if (!(await findKpi(tx, kpiId))) throw new AppError('not_found');
		const existing = await lockResult(tx, kpiId, fiscalYear);
		if (!existing) throw new AppError('not_found');
		if (existing.status === 'approved') throw new AppError('locked');
		if (existing.status !== 'submitted') throw new AppError('invalid_transition');
		await refuseStale(tx, existing, review.version);
		if (await refuseOwnReview(tx, context, 'kpi_result', existing, review.decision)) return null;
		return writeStep(tx, context, existing, review.decision === 'approve' ? 'approve' : 'return', {
			status: review.decision === 'approve' ? 'approved' : 'returned',
			reviewComment: review.comment ?? null,
			reviewedBy: context.actor.id,
			reviewedAt: new Date()
		});
	});
	if (!reviewed) throw new AppError('own_submission');
	return reviewed;
}
