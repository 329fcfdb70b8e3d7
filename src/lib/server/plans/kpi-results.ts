import type { Db, Tx } from '../db/index.ts';
import { notifyReviewStep } from '../notifications/index.ts';
import {
	AppError,
	type ChangeContext,
	duplicateOf,
	type FilesToKeep,
	type ReviewedKind,
	type ReviewMarks,
	reviewWork,
	saveWork,
	submitWork
} from '../platform/index.ts';
import {
	findKpi,
	findResult,
	findResultKey,
	insertResult,
	kpiLeadAgencyIds,
	kpiLevelCount,
	lockResult,
	updateResult,
	type ResultRow
} from './repository.ts';
import type { KpiResultInput, KpiResultReview } from './schemas.ts';

type FoundKpi = NonNullable<Awaited<ReturnType<typeof findKpi>>>;

/** A result is the KPI's for one fiscal year. */
interface ResultKey {
	kpiId: string;
	fiscalYear: number;
}

/** What a reporter enters of a result. */
type ResultValues = Pick<ResultRow, 'value' | 'evidenceTh' | 'evidenceLinks'>;

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

/** A result keeps its review state in `status`. */
const reviewColumns = ({ state, ...marks }: ReviewMarks) => ({
	...marks,
	...(state && { status: state })
});

/** The fiscal year within the plan's; the value within the KPI's ladder, a percentage, or not negative. */
async function validateValue(
	tx: Tx,
	{ kpi, plan }: FoundKpi,
	fiscalYear: number,
	value: number | null
) {
	if (fiscalYear < plan.fiscalYearStart || fiscalYear > plan.fiscalYearEnd) {
		throw new AppError('validation_failed', {
			fields: {
				fiscalYear: {
					key: 'validation.fiscalYearOutsidePlan',
					params: { from: plan.fiscalYearStart, to: plan.fiscalYearEnd }
				}
			}
		});
	}
	if (value === null) return;
	if (kpi.kind === 'maturity') {
		const max = await kpiLevelCount(tx, kpi.id);
		if (!Number.isInteger(value) || value < 1 || value > max) {
			throw new AppError('validation_failed', {
				fields: { value: { key: 'validation.levelOutsideLadder', params: { max } } }
			});
		}
	} else if (kpi.kind === 'percentage' && (value < 0 || value > 100)) {
		throw new AppError('validation_failed', {
			fields: { value: { key: 'validation.percentage' } }
		});
	} else if (value < 0) {
		throw new AppError('validation_failed', {
			fields: { value: { key: 'validation.notNegative' } }
		});
	}
}

/** A result recorded at the same time for the same KPI and year: the refusal names it. */
async function refuseSecondResult(db: Db, { kpiId, fiscalYear }: ResultKey) {
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

/**
 * KPI results in the review workflow: reported by the KPI's lead agencies (the IAO and admins for
 * every KPI), reviewed by the IAO, with evidence files.
 */
export const kpiResultReview: ReviewedKind<ResultKey, FoundKpi, ResultRow, ResultValues> = {
	entityType: 'kpi_result',
	actions: { report: 'kpiResult.report', review: 'kpiResult.review' },
	parent: (tx, { kpiId }) => findKpi(tx, kpiId),
	agencyIds: (executor, { kpi }) => kpiLeadAgencyIds(executor, kpi.id),
	lock: (tx, { key }) => lockResult(tx, key.kpiId, key.fiscalYear),
	stateOf: (result) => result.status,
	validate: (tx, { key, parent }, { value }) => validateValue(tx, parent, key.fiscalYear, value),
	insert: (tx, { key }, values, marks) =>
		insertResult(tx, { ...key, ...values, ...reviewColumns(marks) }),
	update: (tx, result, values, marks) =>
		updateResult(tx, result.id, { ...values, ...reviewColumns(marks) }),
	audited,
	attachments: { ownerType: 'kpi_result', keyOf: findResultKey },
	explainDuplicate: refuseSecondResult,
	stepTaken: async (tx, context, step, { key, parent: { kpi } }, result) =>
		notifyReviewStep(tx, context, {
			step,
			actions: kpiResultReview.actions,
			agencyIds: await kpiLeadAgencyIds(tx, kpi.id),
			path: `/kpis/${kpi.id}#result-${key.fiscalYear}`,
			facts: { record: 'kpiResult', title: kpi.titleTh, titleEn: kpi.titleEn ?? kpi.titleTh },
			comment: result.reviewComment
		})
};

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
export function saveKpiResult(
	db: Db,
	context: ChangeContext,
	kpiId: string,
	input: KpiResultInput,
	{ evidence, submit }: ResultReport = {}
): Promise<ResultRow> {
	const values = {
		value: input.value,
		evidenceTh: input.evidenceTh,
		evidenceLinks: input.evidenceLinks
	};
	return saveWork(db, context, kpiResultReview, { kpiId, fiscalYear: input.fiscalYear }, values, {
		version: input.version,
		files: evidence,
		submit
	});
}

/** Sends a draft or returned result to the IAO for review. */
export function submitKpiResult(
	db: Db,
	context: ChangeContext,
	kpiId: string,
	fiscalYear: number,
	version: number
): Promise<ResultRow> {
	return submitWork(db, context, kpiResultReview, { kpiId, fiscalYear }, version);
}

/**
 * The IAO approves a submitted result, which locks it, or returns it with a comment; never the
 * one who submitted it (four eyes).
 */
export function reviewKpiResult(
	db: Db,
	context: ChangeContext,
	kpiId: string,
	fiscalYear: number,
	review: KpiResultReview
): Promise<ResultRow> {
	return reviewWork(db, context, kpiResultReview, { kpiId, fiscalYear }, review);
}
