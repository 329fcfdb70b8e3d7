import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../db/index.ts';
import { indexDocument } from '../search/index.ts';
import { refreshLastActivity } from '../partners/index.ts';
import type { CommitmentStatus } from './kinds.ts';
import {
	commitmentAgencies,
	commitmentPartners,
	commitments,
	committees,
	engagementOutcomes,
	engagementParticipants,
	engagements
} from './schema.ts';

export interface CommitmentDefinition {
	titleTh: string;
	titleEn: string | null;
	descriptionTh: string | null;
	scope: 'bilateral' | 'multilateral';
	dueOn: string | null;
	status: CommitmentStatus;
	projectId: string | null;
	/** The order number of one of the engagement's committees that oversees it. */
	committeeOrder: string | null;
	agencyIds: string[];
	partnerIds: string[];
}

/** An engagement with everything under it, as written in one go. */
export interface EngagementDefinition {
	values: Omit<typeof engagements.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
	participants: Omit<
		typeof engagementParticipants.$inferInsert,
		'id' | 'engagementId' | 'position'
	>[];
	outcomes: Omit<typeof engagementOutcomes.$inferInsert, 'id' | 'engagementId' | 'position'>[];
	committees: Omit<
		typeof committees.$inferInsert,
		'id' | 'engagementId' | 'createdAt' | 'updatedAt'
	>[];
	commitments: CommitmentDefinition[];
}

/** Adds commitments to an engagement; returns their ids in order. */
export async function insertCommitments(
	tx: Tx,
	engagementId: string,
	firstPosition: number,
	list: CommitmentDefinition[],
	committeeIds: Map<string, string> = new Map()
): Promise<string[]> {
	const ids: string[] = [];
	for (const [index, commitment] of list.entries()) {
		const { agencyIds, partnerIds, committeeOrder, ...values } = commitment;
		const [row] = await tx
			.insert(commitments)
			.values({
				...values,
				engagementId,
				position: firstPosition + index,
				committeeId: committeeOrder ? (committeeIds.get(committeeOrder) ?? null) : null
			})
			.returning({ id: commitments.id });
		if (!row) throw new Error('could not insert commitment');
		if (agencyIds.length) {
			await tx
				.insert(commitmentAgencies)
				.values([...new Set(agencyIds)].map((agencyId) => ({ commitmentId: row.id, agencyId })));
		}
		if (partnerIds.length) {
			await tx
				.insert(commitmentPartners)
				.values([...new Set(partnerIds)].map((partnerId) => ({ commitmentId: row.id, partnerId })));
		}
		await indexDocument(tx, 'commitment', row.id);
		ids.push(row.id);
	}
	return ids;
}

/** Who took part and what came out of an engagement, as written in one go. */
type EngagementParts = Pick<EngagementDefinition, 'participants' | 'outcomes'>;

/** Writes an engagement's participants and outcomes in order, indexing the outcomes. */
async function insertParts(tx: Tx, engagementId: string, parts: EngagementParts): Promise<void> {
	if (parts.participants.length) {
		await tx
			.insert(engagementParticipants)
			.values(parts.participants.map((p, position) => ({ ...p, engagementId, position })));
	}
	if (parts.outcomes.length) {
		const outcomes = await tx
			.insert(engagementOutcomes)
			.values(parts.outcomes.map((o, position) => ({ ...o, engagementId, position })))
			.returning({ id: engagementOutcomes.id });
		for (const outcome of outcomes) await indexDocument(tx, 'engagement_outcome', outcome.id);
	}
}

/** The partners an engagement involves: its host and the partners that took part. */
const partnersOf = (
	values: { hostPartnerId?: string | null },
	participants: { partnerId?: string | null }[]
) => [
	...participants.flatMap((p) => (p.partnerId ? [p.partnerId] : [])),
	...(values.hostPartnerId ? [values.hostPartnerId] : [])
];

/** Writes a new engagement and everything under it; returns its id and what the audit keeps. */
export async function insertEngagementRecords(
	tx: Tx,
	definition: EngagementDefinition
): Promise<{ id: string; audited: EngagementDefinition }> {
	const [row] = await tx
		.insert(engagements)
		.values(definition.values)
		.returning({ id: engagements.id });
	if (!row) throw new Error('could not insert engagement');
	const engagementId = row.id;
	await insertParts(tx, engagementId, definition);
	const committeeIds = new Map<string, string>();
	for (const committee of definition.committees) {
		const [created] = await tx
			.insert(committees)
			.values({ ...committee, engagementId })
			.returning({ id: committees.id });
		if (!created) throw new Error('could not insert committee');
		committeeIds.set(committee.orderNumber, created.id);
	}
	await insertCommitments(tx, engagementId, 0, definition.commitments, committeeIds);
	await indexDocument(tx, 'engagement', engagementId);
	await refreshLastActivity(tx, partnersOf(definition.values, definition.participants));
	return { id: engagementId, audited: definition };
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

/**
 * Replaces an engagement's details, participants and outcomes and moves it to its next version.
 * Its commitments and committees stay; their index entries, which name the engagement, follow,
 * and so does the last activity of every partner it involved before or involves now.
 */
export async function replaceEngagementRecords(
	tx: Tx,
	before: NonNullable<Awaited<ReturnType<typeof engagementParts>>>,
	values: EngagementDefinition['values'],
	parts: EngagementParts
): Promise<void> {
	const engagementId = before.engagement.id;
	await tx
		.update(engagements)
		.set({ ...values, version: before.engagement.version + 1, updatedAt: new Date() })
		.where(eq(engagements.id, engagementId));
	await tx
		.delete(engagementParticipants)
		.where(eq(engagementParticipants.engagementId, engagementId));
	await tx.delete(engagementOutcomes).where(eq(engagementOutcomes.engagementId, engagementId));
	for (const outcome of before.outcomes) await indexDocument(tx, 'engagement_outcome', outcome.id);
	await insertParts(tx, engagementId, parts);
	await indexDocument(tx, 'engagement', engagementId);
	const kept = await tx
		.select({ id: commitments.id })
		.from(commitments)
		.where(eq(commitments.engagementId, engagementId));
	for (const commitment of kept) await indexDocument(tx, 'commitment', commitment.id);
	await refreshLastActivity(tx, [
		...partnersOf(before.engagement, before.participants),
		...partnersOf(values, parts.participants)
	]);
}
