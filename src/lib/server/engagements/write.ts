import type { Tx } from '../db/client.ts';
import { indexDocument } from '../search-sources.ts';
import { refreshLastActivity } from '../partners/repository.ts';
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
	if (definition.participants.length) {
		await tx
			.insert(engagementParticipants)
			.values(definition.participants.map((p, position) => ({ ...p, engagementId, position })));
	}
	if (definition.outcomes.length) {
		const outcomes = await tx
			.insert(engagementOutcomes)
			.values(definition.outcomes.map((o, position) => ({ ...o, engagementId, position })))
			.returning({ id: engagementOutcomes.id });
		for (const outcome of outcomes) await indexDocument(tx, 'engagement_outcome', outcome.id);
	}
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
	await refreshLastActivity(tx, [
		...definition.participants.flatMap((p) => (p.partnerId ? [p.partnerId] : [])),
		...(definition.values.hostPartnerId ? [definition.values.hostPartnerId] : [])
	]);
	return { id: engagementId, audited: definition };
}
