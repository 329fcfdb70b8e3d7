import {
	AppError,
	authorize,
	type ChangeContext,
	recordAudit,
	requireVersion
} from '../platform/index.ts';
import type { Db, Executor } from '../db/index.ts';
import { partnerExists } from '../partners/index.ts';
import { indexDocument } from '../search/index.ts';
import {
	allPractices,
	insertPractice,
	lockPractice,
	type PracticeRow,
	setPractice
} from './repository.ts';
import type { PracticeFilter, PracticeInput, PracticeUpdate } from './schemas.ts';

/** Records a practice; it is searchable as soon as it is saved. */
export async function createPractice(
	db: Db,
	context: ChangeContext,
	input: PracticeInput
): Promise<PracticeRow> {
	authorize(context.actor, 'practice.manage');
	return db.transaction(async (tx) => {
		if (input.partnerId) await requirePartner(tx, input.partnerId);
		const row = await insertPractice(tx, { ...input, createdBy: context.actor.id });
		await recordAudit(tx, context, {
			action: 'create',
			entityType: 'practice',
			entityId: row!.id,
			after: { ...input }
		});
		await indexDocument(tx, 'practice', row!.id);
		return row!;
	});
}

/** What the audit trail keeps of a practice: its fields as saved, with its version. */
const auditedPractice = ({ id: _i, createdAt: _c, updatedAt: _u, ...fields }: PracticeRow) =>
	fields;

/**
 * Changes a practice at the version its editor loaded; a save on an older version is refused with
 * the fields others changed since, and changes nothing. Re-indexed in the same transaction.
 */
export async function updatePractice(
	db: Db,
	context: ChangeContext,
	practiceId: string,
	{ version, ...input }: PracticeUpdate
): Promise<PracticeRow> {
	authorize(context.actor, 'practice.manage');
	return db.transaction(async (tx) => {
		const existing = await lockPractice(tx, practiceId);
		if (!existing) throw new AppError('not_found');
		await requireVersion(tx, 'practice', practiceId, version, existing.version);
		if (input.partnerId) await requirePartner(tx, input.partnerId);
		const updated = await setPractice(tx, practiceId, {
			...input,
			version: existing.version + 1,
			updatedAt: new Date()
		});
		await recordAudit(tx, context, {
			action: 'update',
			entityType: 'practice',
			entityId: practiceId,
			before: auditedPractice(existing),
			after: auditedPractice(updated!)
		});
		await indexDocument(tx, 'practice', practiceId);
		return updated!;
	});
}

const facetKeys = ['category', 'sourceKind', 'region', 'sdg'] as const;
type FacetKey = (typeof facetKeys)[number];

const valuesOf = (practice: PracticeRow, key: FacetKey): string[] => {
	if (key === 'category') return practice.measureCategories;
	if (key === 'sdg') return practice.sdgs.map(String);
	if (key === 'region') return practice.region ? [practice.region] : [];
	return [practice.sourceKind];
};

const matches = (practice: PracticeRow, filter: PracticeFilter, except?: FacetKey) =>
	facetKeys.every((key) => {
		const wanted = filter[key];
		return (
			key === except || wanted === undefined || valuesOf(practice, key).includes(String(wanted))
		);
	});

const holdsWords = (practice: PracticeRow, q: string | undefined) => {
	const words = q?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
	const text = [
		practice.titleTh,
		practice.titleEn,
		practice.summaryTh,
		practice.sourceName,
		practice.sourceNameEn,
		practice.country,
		...practice.actions
	]
		.join('\n')
		.toLowerCase();
	return words.every((word) => text.includes(word));
};

/**
 * The library: practices matching the filter, and for each facet how many practices each value
 * would show with the other filters kept. The library is small, so facets are counted here.
 */
export async function practiceLibrary(executor: Executor, filter: PracticeFilter) {
	const all = (await allPractices(executor)).filter((practice) => holdsWords(practice, filter.q));
	const facets = Object.fromEntries(
		facetKeys.map((key) => {
			const counts = new Map<string, number>();
			for (const practice of all.filter((p) => matches(p, filter, key))) {
				for (const value of valuesOf(practice, key))
					counts.set(value, (counts.get(value) ?? 0) + 1);
			}
			return [key, [...counts].map(([value, count]) => ({ value, count }))];
		})
	) as Record<FacetKey, { value: string; count: number }[]>;
	return { items: all.filter((practice) => matches(practice, filter)), total: all.length, facets };
}

/** The partner a practice is to come from, or a refusal naming the field. */
async function requirePartner(executor: Executor, partnerId: string) {
	if (!(await partnerExists(executor, partnerId)))
		throw new AppError('validation_failed', {
			fields: { partnerId: { key: 'validation.invalid' } }
		});
}
