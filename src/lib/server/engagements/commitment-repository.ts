import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/index.ts';
import { commitmentAgencies, commitmentPartners, commitments } from './schema.ts';

type CommitmentValues = Omit<typeof commitments.$inferInsert, 'id' | 'createdAt'>;

/** Adds a commitment; returns its id. */
export async function insertCommitment(tx: Tx, values: CommitmentValues): Promise<string> {
	const [row] = await tx.insert(commitments).values(values).returning({ id: commitments.id });
	if (!row) throw new Error('could not insert commitment');
	return row.id;
}

/** Makes the agencies responsible for a commitment (each once). */
export async function addCommitmentAgencies(tx: Tx, commitmentId: string, agencyIds: string[]) {
	if (agencyIds.length) {
		await tx
			.insert(commitmentAgencies)
			.values([...new Set(agencyIds)].map((agencyId) => ({ commitmentId, agencyId })));
	}
}

/** Names the partners of a commitment (each once). */
export async function addCommitmentPartners(tx: Tx, commitmentId: string, partnerIds: string[]) {
	if (partnerIds.length) {
		await tx
			.insert(commitmentPartners)
			.values([...new Set(partnerIds)].map((partnerId) => ({ commitmentId, partnerId })));
	}
}

/** Replaces the agencies responsible for a commitment. */
export async function replaceCommitmentAgencies(tx: Tx, commitmentId: string, agencyIds: string[]) {
	await tx.delete(commitmentAgencies).where(eq(commitmentAgencies.commitmentId, commitmentId));
	await addCommitmentAgencies(tx, commitmentId, agencyIds);
}

/** Replaces the partners of a commitment. */
export async function replaceCommitmentPartners(
	tx: Tx,
	commitmentId: string,
	partnerIds: string[]
) {
	await tx.delete(commitmentPartners).where(eq(commitmentPartners.commitmentId, commitmentId));
	await addCommitmentPartners(tx, commitmentId, partnerIds);
}

/** The ids of an engagement's commitments. */
export function commitmentIdsOf(tx: Tx, engagementId: string) {
	return tx
		.select({ id: commitments.id })
		.from(commitments)
		.where(eq(commitments.engagementId, engagementId));
}

/** The position after an engagement's last commitment (0 when it has none). */
export async function nextCommitmentPosition(tx: Tx, engagementId: string): Promise<number> {
	const [last] = await tx
		.select({ n: sql<number>`coalesce(max(${commitments.position}) + 1, 0)::int` })
		.from(commitments)
		.where(eq(commitments.engagementId, engagementId));
	return last?.n ?? 0;
}

/** A commitment, locked until the transaction ends; undefined when there is none. */
export async function lockCommitment(tx: Tx, commitmentId: string) {
	const [commitment] = await tx
		.select()
		.from(commitments)
		.where(eq(commitments.id, commitmentId))
		.for('update');
	return commitment;
}

/** The ids of the agencies responsible for a commitment. */
export async function commitmentAgencyIds(tx: Tx, commitmentId: string): Promise<string[]> {
	const rows = await tx
		.select({ agencyId: commitmentAgencies.agencyId })
		.from(commitmentAgencies)
		.where(eq(commitmentAgencies.commitmentId, commitmentId));
	return rows.map((row) => row.agencyId);
}

/** The ids of the partners a commitment names. */
export async function commitmentPartnerIds(tx: Tx, commitmentId: string): Promise<string[]> {
	const rows = await tx
		.select({ partnerId: commitmentPartners.partnerId })
		.from(commitmentPartners)
		.where(eq(commitmentPartners.commitmentId, commitmentId));
	return rows.map((row) => row.partnerId);
}

/** Writes a commitment's values; with `atVersion`, only while it is still at that version. */
export async function setCommitment(
	tx: Tx,
	commitmentId: string,
	values: Partial<CommitmentValues>,
	atVersion?: number
) {
	const [updated] = await tx
		.update(commitments)
		.set(values)
		.where(
			and(
				eq(commitments.id, commitmentId),
				atVersion === undefined ? undefined : eq(commitments.version, atVersion)
			)
		)
		.returning();
	if (!updated) throw new Error('could not update commitment');
	return updated;
}
