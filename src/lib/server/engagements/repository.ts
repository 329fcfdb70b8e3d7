import {
	and,
	asc,
	count,
	desc,
	eq,
	gte,
	inArray,
	isNotNull,
	lt,
	lte,
	not,
	or,
	sql,
	type SQL
} from 'drizzle-orm';
import { z } from 'zod';
import { addDays, todayIso } from '../../dates.ts';
import { agencyLabelColumns, date, id, inAgencyScope, integerParam } from '../platform/index.ts';
import type { Executor, Tx } from '../db/index.ts';
import type { PartnerActivity } from '../partners/index.ts';
import { agencies } from '../platform/schema.ts';
import { agreements, partners } from '../partners/schema.ts';
import { projects } from '../projects/schema.ts';
import { engagementKinds, openCommitmentStatuses } from './kinds.ts';
import { outcomesOf, participantsOf } from './presentations-repository.ts';
import {
	commitmentAgencies,
	commitmentPartners,
	commitments,
	committees,
	engagementOutcomes,
	engagementParticipants,
	engagements
} from './schema.ts';

export type EngagementRow = typeof engagements.$inferSelect;
export type CommitmentRow = typeof commitments.$inferSelect;
type EngagementValues = Omit<typeof engagements.$inferInsert, 'id' | 'createdAt'>;
type ParticipantValues = Omit<typeof engagementParticipants.$inferInsert, 'id'>;
type OutcomeValues = Omit<typeof engagementOutcomes.$inferInsert, 'id'>;

export const engagementFilterSchema = z
	.object({
		from: date().optional(),
		to: date().optional(),
		partner: id().optional(),
		kind: z.enum(engagementKinds).optional(),
		page: integerParam(1).default(1),
		pageSize: integerParam(1, 500).default(50)
	})
	.refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
		error: 'validation.dateOrder',
		path: ['to']
	});
export type EngagementFilter = z.output<typeof engagementFilterSchema>;

/** The calendar feed's filter: the list's, with up to 500 engagements unless fewer are asked. */
export const engagementCalendarFilterSchema = engagementFilterSchema.safeExtend({
	pageSize: integerParam(1, 500).default(500)
});

/** The ids of the engagements a partner took part in (the index on participants answers it). */
const participatedIn = (executor: Executor, partnerId: string) =>
	executor
		.select({ id: engagementParticipants.engagementId })
		.from(engagementParticipants)
		.where(eq(engagementParticipants.partnerId, partnerId));

/** Engagements a partner hosted or took part in. */
const involving = (executor: Executor, partnerId: string) =>
	or(
		eq(engagements.hostPartnerId, partnerId),
		inArray(engagements.id, participatedIn(executor, partnerId))
	);

function whereOf(executor: Executor, filter: EngagementFilter): SQL | undefined {
	const conditions = [
		filter.from ? gte(engagements.endsOn, filter.from) : undefined,
		filter.to ? lte(engagements.startsOn, filter.to) : undefined,
		filter.kind ? eq(engagements.kind, filter.kind) : undefined,
		filter.partner ? involving(executor, filter.partner) : undefined
	].filter((condition): condition is SQL => Boolean(condition));
	return conditions.length ? and(...conditions) : undefined;
}

/** Engagements overlapping the period, newest first, with the total. */
export async function listEngagements(executor: Executor, filter: EngagementFilter) {
	const where = whereOf(executor, filter);
	const items = await executor
		.select()
		.from(engagements)
		.where(where)
		.orderBy(desc(engagements.startsOn), asc(engagements.id))
		.limit(filter.pageSize)
		.offset((filter.page - 1) * filter.pageSize);
	const [total] = await executor.select({ n: count() }).from(engagements).where(where);
	return { items, total: total?.n ?? 0 };
}

/** The engagements of a partner for its dossier's timeline, newest first. */
export function partnerEngagements(executor: Executor, partnerId: string, limit = 100) {
	return executor
		.select()
		.from(engagements)
		.where(involving(executor, partnerId))
		.orderBy(desc(engagements.startsOn))
		.limit(limit);
}

/** Soonest due first, then the latest engagement's, in the engagement's order. */
const commitmentOrder = sql`${commitments.dueOn} ASC NULLS LAST, ${engagements.startsOn} DESC, ${commitments.position}, ${commitments.id}`;

/** Commitments with their responsible agencies, partners and engagement. */
async function commitmentsWith(
	executor: Executor,
	where: SQL | undefined,
	limit?: number,
	offset = 0
) {
	const query = executor
		.select({
			commitment: commitments,
			engagement: engagements,
			project: {
				id: projects.id,
				code: projects.code,
				titleTh: projects.titleTh,
				titleEn: projects.titleEn
			}
		})
		.from(commitments)
		.innerJoin(engagements, eq(engagements.id, commitments.engagementId))
		.leftJoin(projects, eq(projects.id, commitments.projectId))
		.where(where)
		.orderBy(commitmentOrder);
	const rows = limit ? await query.limit(limit).offset(offset) : await query;
	const ids = rows.map((row) => row.commitment.id);
	const agencyRows = ids.length
		? await executor
				.select({ commitmentId: commitmentAgencies.commitmentId, ...agencyLabelColumns })
				.from(commitmentAgencies)
				.innerJoin(agencies, eq(agencies.id, commitmentAgencies.agencyId))
				.where(inArray(commitmentAgencies.commitmentId, ids))
				.orderBy(asc(agencies.code))
		: [];
	const partnerRows = ids.length
		? await executor
				.select({
					commitmentId: commitmentPartners.commitmentId,
					id: partners.id,
					nameTh: partners.nameTh,
					nameEn: partners.nameEn
				})
				.from(commitmentPartners)
				.innerJoin(partners, eq(partners.id, commitmentPartners.partnerId))
				.where(inArray(commitmentPartners.commitmentId, ids))
		: [];
	return rows.map(({ commitment, engagement, project }) => ({
		...commitment,
		engagement: { id: engagement.id, titleTh: engagement.titleTh, titleEn: engagement.titleEn },
		project,
		agencies: agencyRows
			.filter((row) => row.commitmentId === commitment.id)
			.map(({ commitmentId: _c, ...agency }) => agency),
		partners: partnerRows
			.filter((row) => row.commitmentId === commitment.id)
			.map(({ commitmentId: _c, ...partner }) => partner)
	}));
}
export type CommitmentWith = Awaited<ReturnType<typeof commitmentsWith>>[number];

const open = inArray(commitments.status, [...openCommitmentStatuses]);

/** `isOverdue` (overdue.ts) in SQL: still open and due before today (ISO, Asia/Bangkok). */
export const overdueSql = (today = todayIso()) =>
	and(open, isNotNull(commitments.dueOn), lt(commitments.dueOn, today)) as SQL;

/** `isDue` (overdue.ts) in SQL: still open and due on or before `today + days`, overdue included. */
export const dueSql = (today: string, days: number) =>
	and(open, isNotNull(commitments.dueOn), lte(commitments.dueOn, addDays(today, days))) as SQL;

/** The agencies owning the commitment in the row being read, as uuid[] and as their codes. */
const ownerIds = sql<
	string[]
>`coalesce(array(SELECT ${commitmentAgencies.agencyId} FROM ${commitmentAgencies} WHERE ${commitmentAgencies.commitmentId} = ${commitments.id}), '{}'::uuid[])`;
const ownerCodes = sql<
	string[]
>`coalesce(array(SELECT ${agencies.code} FROM ${commitmentAgencies} JOIN ${agencies} ON ${agencies.id} = ${commitmentAgencies.agencyId} WHERE ${commitmentAgencies.commitmentId} = ${commitments.id} ORDER BY ${agencies.code}), '{}'::text[])`;

/**
 * Open commitments overdue, or due within `days` of `today` (the overdue included), soonest
 * first, with the agencies that own them; only those one of `agencyIds` owns, when given.
 */
export function commitmentsDue(
	executor: Executor,
	today: string,
	window: 'overdue' | { days: number },
	agencyIds?: readonly string[]
) {
	return executor
		.select({
			id: commitments.id,
			engagementId: commitments.engagementId,
			titleTh: commitments.titleTh,
			titleEn: commitments.titleEn,
			dueOn: sql<string>`${commitments.dueOn}`,
			status: commitments.status,
			agencyIds: ownerIds,
			agencyCodes: ownerCodes
		})
		.from(commitments)
		.where(
			and(
				window === 'overdue' ? overdueSql(today) : dueSql(today, window.days),
				agencyIds ? inAgencyScope(agencyIds, ownerIds) : undefined
			)
		)
		.orderBy(asc(commitments.dueOn), asc(commitments.titleTh), asc(commitments.id));
}

/**
 * Which commitments the follow-up board shows: every open one, only the overdue, or only those
 * due within `dueDays` that are not yet overdue (the executive view's "due" figure).
 */
export interface FollowUpFilter {
	overdue?: boolean;
	dueDays?: number;
}
function followUp(filter: FollowUpFilter, today = todayIso()): SQL {
	if (filter.overdue) return overdueSql(today);
	if (filter.dueDays === undefined) return open;
	return and(dueSql(today, filter.dueDays), not(overdueSql(today))) as SQL;
}

/** Open (or overdue) commitments, optionally of one agency, one page at a time (soonest due first). */
export function openCommitments(
	executor: Executor,
	agencyId?: string,
	page: { limit: number; offset: number } = { limit: 1000, offset: 0 },
	filter: FollowUpFilter = {}
) {
	return commitmentsWith(
		executor,
		and(
			followUp(filter),
			agencyId
				? sql`EXISTS (SELECT 1 FROM ${commitmentAgencies} WHERE ${commitmentAgencies.commitmentId} = ${commitments.id} AND ${commitmentAgencies.agencyId} = ${agencyId})`
				: undefined
		),
		page.limit,
		page.offset
	);
}

/** The number of open (or overdue) commitments in all, and per responsible agency (by code). */
export async function openCommitmentCounts(executor: Executor, filter: FollowUpFilter = {}) {
	const where = followUp(filter);
	const [total] = await executor.select({ n: count() }).from(commitments).where(where);
	const byAgency = await executor
		.select({ ...agencyLabelColumns, n: count() })
		.from(commitmentAgencies)
		.innerJoin(commitments, eq(commitments.id, commitmentAgencies.commitmentId))
		.innerJoin(agencies, eq(agencies.id, commitmentAgencies.agencyId))
		.where(where)
		.groupBy(agencies.id)
		.orderBy(asc(agencies.code));
	return { total: total?.n ?? 0, byAgency };
}

/**
 * The first `perAgency` open (or overdue) commitments (soonest due first) of every responsible
 * agency, as pairs of agency and commitment in that order, with the commitments themselves.
 */
export async function firstOpenCommitmentsByAgency(
	executor: Executor,
	perAgency: number,
	filter: FollowUpFilter = {}
) {
	const ranked = executor
		.select({
			agencyId: commitmentAgencies.agencyId,
			commitmentId: commitmentAgencies.commitmentId,
			rank: sql<number>`row_number() OVER (PARTITION BY ${commitmentAgencies.agencyId} ORDER BY ${commitmentOrder})`.as(
				'rank'
			)
		})
		.from(commitmentAgencies)
		.innerJoin(commitments, eq(commitments.id, commitmentAgencies.commitmentId))
		.innerJoin(engagements, eq(engagements.id, commitments.engagementId))
		.where(followUp(filter))
		.as('ranked');
	const pairs = await executor
		.select({ agencyId: ranked.agencyId, commitmentId: ranked.commitmentId })
		.from(ranked)
		.where(lte(ranked.rank, perAgency))
		.orderBy(ranked.agencyId, ranked.rank);
	const ids = [...new Set(pairs.map((pair) => pair.commitmentId))];
	const items = ids.length ? await commitmentsWith(executor, inArray(commitments.id, ids)) : [];
	return { pairs, items };
}

/** The commitments that lead to a project, whatever their status. */
export function projectCommitments(executor: Executor, projectId: string) {
	return commitmentsWith(executor, eq(commitments.projectId, projectId), 200);
}

/** Open commitments involving a partner: named on them, or from engagements it took part in. */
export function partnerOpenCommitments(executor: Executor, partnerId: string) {
	return commitmentsWith(
		executor,
		and(
			open,
			or(
				inArray(
					commitments.id,
					executor
						.select({ id: commitmentPartners.commitmentId })
						.from(commitmentPartners)
						.where(eq(commitmentPartners.partnerId, partnerId))
				),
				inArray(commitments.engagementId, participatedIn(executor, partnerId)),
				inArray(
					commitments.engagementId,
					executor
						.select({ id: engagements.id })
						.from(engagements)
						.where(eq(engagements.hostPartnerId, partnerId))
				)
			)
		),
		200
	);
}

export async function engagementDetail(executor: Executor, engagementId: string) {
	const [engagement] = await executor
		.select()
		.from(engagements)
		.where(eq(engagements.id, engagementId));
	if (!engagement) return null;
	const [participants, outcomes] = await Promise.all([
		participantsOf(executor, [engagementId]),
		outcomesOf(executor, [engagementId])
	]);
	const committeeRows = await executor
		.select()
		.from(committees)
		.where(eq(committees.engagementId, engagementId))
		.orderBy(asc(committees.orderDate));
	const host = engagement.hostPartnerId
		? ((
				await executor
					.select({ id: partners.id, nameTh: partners.nameTh, nameEn: partners.nameEn })
					.from(partners)
					.where(eq(partners.id, engagement.hostPartnerId))
			)[0] ?? null)
		: null;
	const organiser = engagement.organisingAgencyId
		? ((
				await executor
					.select(agencyLabelColumns)
					.from(agencies)
					.where(eq(agencies.id, engagement.organisingAgencyId))
			)[0] ?? null)
		: null;
	const project = engagement.projectId
		? ((
				await executor
					.select({ id: projects.id, code: projects.code, titleTh: projects.titleTh })
					.from(projects)
					.where(eq(projects.id, engagement.projectId))
			)[0] ?? null)
		: null;
	return {
		engagement,
		host,
		organiser,
		project,
		participants,
		outcomes,
		committees: committeeRows,
		commitments: await commitmentsWith(executor, eq(commitments.engagementId, engagementId))
	};
}
export type EngagementDetail = NonNullable<Awaited<ReturnType<typeof engagementDetail>>>;

/** Engagements a partner took part in or hosted, as partner activity: their last day, up to today. */
export const engagementActivity: PartnerActivity = (partnerId, today) =>
	sql`SELECT least(${engagements.endsOn}, ${today}), 'day' FROM ${engagementParticipants}
		JOIN ${engagements} ON ${engagements.id} = ${engagementParticipants.engagementId}
		WHERE ${engagementParticipants.partnerId} = ${partnerId} AND ${engagements.startsOn} <= ${today}
	UNION ALL SELECT least(${engagements.endsOn}, ${today}), 'day' FROM ${engagements}
		WHERE ${engagements.hostPartnerId} = ${partnerId} AND ${engagements.startsOn} <= ${today}`;

/** An engagement's id and titles, or undefined when there is none. */
export async function engagementHeading(executor: Executor, engagementId: string) {
	const [row] = await executor
		.select({ id: engagements.id, titleTh: engagements.titleTh, titleEn: engagements.titleEn })
		.from(engagements)
		.where(eq(engagements.id, engagementId));
	return row;
}

/** Adds an engagement; returns its id. */
export async function insertEngagement(tx: Tx, values: EngagementValues): Promise<string> {
	const [row] = await tx.insert(engagements).values(values).returning({ id: engagements.id });
	if (!row) throw new Error('could not insert engagement');
	return row.id;
}

export async function insertParticipants(tx: Tx, participants: ParticipantValues[]) {
	await tx.insert(engagementParticipants).values(participants);
}

/** Adds outcomes; returns their ids. */
export function insertOutcomes(tx: Tx, outcomes: OutcomeValues[]) {
	return tx.insert(engagementOutcomes).values(outcomes).returning({ id: engagementOutcomes.id });
}

/**
 * An engagement's details, participants and outcomes as stored, in order: what a change replaces.
 * The engagement's row stays locked until the transaction ends.
 */
export async function engagementParts(tx: Tx, engagementId: string) {
	const [engagement] = await tx
		.select()
		.from(engagements)
		.where(eq(engagements.id, engagementId))
		.for('update');
	if (!engagement) return undefined;
	const participants = await tx
		.select({
			partnerId: engagementParticipants.partnerId,
			agencyId: engagementParticipants.agencyId,
			headcount: engagementParticipants.headcount,
			presentationTh: engagementParticipants.presentationTh
		})
		.from(engagementParticipants)
		.where(eq(engagementParticipants.engagementId, engagementId))
		.orderBy(asc(engagementParticipants.position));
	const outcomes = await tx
		.select({
			id: engagementOutcomes.id,
			kind: engagementOutcomes.kind,
			titleTh: engagementOutcomes.titleTh,
			titleEn: engagementOutcomes.titleEn,
			descriptionTh: engagementOutcomes.descriptionTh,
			agreementId: engagementOutcomes.agreementId
		})
		.from(engagementOutcomes)
		.where(eq(engagementOutcomes.engagementId, engagementId))
		.orderBy(asc(engagementOutcomes.position));
	return { engagement, participants, outcomes };
}
export type StoredEngagement = NonNullable<Awaited<ReturnType<typeof engagementParts>>>;

export async function setEngagement(
	tx: Tx,
	engagementId: string,
	values: Partial<EngagementValues>
) {
	await tx.update(engagements).set(values).where(eq(engagements.id, engagementId));
}

/** Removes an engagement's participants, then its outcomes. */
export async function deleteParticipantsAndOutcomes(tx: Tx, engagementId: string) {
	await tx
		.delete(engagementParticipants)
		.where(eq(engagementParticipants.engagementId, engagementId));
	await tx.delete(engagementOutcomes).where(eq(engagementOutcomes.engagementId, engagementId));
}

/** The tables an engagement or a commitment refers to. */
const referenced = {
	partner: partners,
	agency: agencies,
	project: projects,
	agreement: agreements
};

/** Whether any of the ids (nulls aside) is not in the table of that kind. */
export async function anyMissing(
	executor: Executor,
	kind: keyof typeof referenced,
	ids: (string | null)[]
): Promise<boolean> {
	const table = referenced[kind];
	const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
	if (wanted.length === 0) return false;
	const [row] = await executor
		.select({ n: sql<number>`count(*)::int` })
		.from(table)
		.where(inArray(table.id, wanted));
	return (row?.n ?? 0) !== wanted.length;
}

/** The ids and codes of the records of that kind with those codes. */
export function idsOfCodes(
	executor: Executor,
	kind: 'agency' | 'agreement' | 'project',
	codes: string[]
) {
	const table = referenced[kind];
	return executor
		.select({ id: table.id, code: table.code })
		.from(table)
		.where(inArray(table.code, codes));
}

/** An engagement's id, its row locked until the transaction ends; undefined when there is none. */
export async function lockEngagementId(tx: Tx, engagementId: string) {
	const [engagement] = await tx
		.select({ id: engagements.id })
		.from(engagements)
		.where(eq(engagements.id, engagementId))
		.for('update');
	return engagement;
}

/** The id of the engagement of that code, or undefined when there is none. */
export async function engagementIdByCode(executor: Executor, code: string) {
	const [existing] = await executor
		.select({ id: engagements.id })
		.from(engagements)
		.where(eq(engagements.code, code));
	return existing;
}
