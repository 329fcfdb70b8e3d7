import { and, asc, count, desc, eq, ne, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../db/index.ts';
import { agencies } from '../platform/schema.ts';
import { commitments, committees, engagements } from './schema.ts';

export type CommitteeRow = typeof committees.$inferSelect;
type CommitteeValues = Omit<typeof committees.$inferInsert, 'id' | 'createdAt'>;

/** Committees with the engagement each came from and how many commitments each oversees. */
const committeesWhere = (executor: Executor, where: SQL | undefined) =>
	executor
		.select({
			committee: committees,
			engagement: {
				id: engagements.id,
				titleTh: engagements.titleTh,
				titleEn: engagements.titleEn
			},
			commitments: count(commitments.id)
		})
		.from(committees)
		.leftJoin(engagements, eq(engagements.id, committees.engagementId))
		.leftJoin(commitments, eq(commitments.committeeId, committees.id))
		.where(where)
		.groupBy(committees.id, engagements.id);

/** The committees (all, or those of one engagement), newest order first. */
export function listCommittees(executor: Executor, filter: { engagementId?: string } = {}) {
	return committeesWhere(
		executor,
		filter.engagementId ? eq(committees.engagementId, filter.engagementId) : undefined
	).orderBy(desc(committees.orderDate), asc(committees.orderNumber));
}

export async function findCommittee(executor: Executor, committeeId: string) {
	const [row] = await committeesWhere(executor, eq(committees.id, committeeId));
	return row;
}

export type CommitteeListing = Awaited<ReturnType<typeof listCommittees>>[number];

/** The engagement a committee is to come from, or undefined when there is none. */
export async function findEngagementId(executor: Executor, engagementId: string) {
	const [engagement] = await executor
		.select({ id: engagements.id })
		.from(engagements)
		.where(eq(engagements.id, engagementId));
	return engagement;
}

/** The ids of every agency, for checking a committee's members. */
export async function allAgencyIds(executor: Executor): Promise<Set<string>> {
	return new Set(
		(await executor.select({ id: agencies.id }).from(agencies)).map((agency) => agency.id)
	);
}

/** The committee that has this order number, other than `exceptId`, or undefined. */
export async function committeeWithOrderNumber(
	executor: Executor,
	orderNumber: string,
	exceptId?: string
) {
	const [same] = await executor
		.select({ id: committees.id, titleTh: committees.titleTh })
		.from(committees)
		.where(
			and(
				eq(committees.orderNumber, orderNumber),
				exceptId ? ne(committees.id, exceptId) : undefined
			)
		);
	return same;
}

export async function insertCommittee(tx: Tx, values: CommitteeValues) {
	const [created] = await tx.insert(committees).values(values).returning();
	if (!created) throw new Error('could not insert committee');
	return created;
}

/** A committee, locked until the transaction ends; undefined when there is none. */
export async function lockCommittee(tx: Tx, committeeId: string) {
	const [existing] = await tx
		.select()
		.from(committees)
		.where(eq(committees.id, committeeId))
		.for('update');
	return existing;
}

export async function setCommittee(tx: Tx, committeeId: string, values: CommitteeValues) {
	const [updated] = await tx
		.update(committees)
		.set(values)
		.where(eq(committees.id, committeeId))
		.returning();
	if (!updated) throw new Error('could not update committee');
	return updated;
}
