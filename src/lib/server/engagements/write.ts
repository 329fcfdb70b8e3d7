import type { Tx } from '../db/index.ts';
import { indexDocument } from '../search/index.ts';
import { refreshLastActivity } from '../partners/index.ts';
import { insertCommittee } from './committee-repository.ts';
import {
	addCommitmentAgencies,
	addCommitmentPartners,
	commitmentIdsOf,
	insertCommitment
} from './commitment-repository.ts';
import type { CommitmentStatus } from './kinds.ts';
import {
	deleteParticipantsAndOutcomes,
	insertEngagement,
	insertOutcomes,
	insertParticipants,
	setEngagement,
	type StoredEngagement
} from './repository.ts';
import type {
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
		const id = await insertCommitment(tx, {
			...values,
			engagementId,
			position: firstPosition + index,
			committeeId: committeeOrder ? (committeeIds.get(committeeOrder) ?? null) : null
		});
		await addCommitmentAgencies(tx, id, agencyIds);
		await addCommitmentPartners(tx, id, partnerIds);
		await indexDocument(tx, 'commitment', id);
		ids.push(id);
	}
	return ids;
}

/** Who took part and what came out of an engagement, as written in one go. */
type EngagementParts = Pick<EngagementDefinition, 'participants' | 'outcomes'>;

/** Writes an engagement's participants and outcomes in order, indexing the outcomes. */
async function insertParts(tx: Tx, engagementId: string, parts: EngagementParts): Promise<void> {
	if (parts.participants.length) {
		await insertParticipants(
			tx,
			parts.participants.map((p, position) => ({ ...p, engagementId, position }))
		);
	}
	if (parts.outcomes.length) {
		const outcomes = await insertOutcomes(
			tx,
			parts.outcomes.map((o, position) => ({ ...o, engagementId, position }))
		);
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
	const engagementId = await insertEngagement(tx, definition.values);
	await insertParts(tx, engagementId, definition);
	const committeeIds = new Map<string, string>();
	for (const committee of definition.committees) {
		const created = await insertCommittee(tx, { ...committee, engagementId });
		committeeIds.set(committee.orderNumber, created.id);
	}
	await insertCommitments(tx, engagementId, 0, definition.commitments, committeeIds);
	await indexDocument(tx, 'engagement', engagementId);
	await refreshLastActivity(tx, partnersOf(definition.values, definition.participants));
	return { id: engagementId, audited: definition };
}

/**
 * Replaces an engagement's details, participants and outcomes and moves it to its next version.
 * Its commitments and committees stay; their index entries, which name the engagement, follow,
 * and so does the last activity of every partner it involved before or involves now.
 */
export async function replaceEngagementRecords(
	tx: Tx,
	before: StoredEngagement,
	values: EngagementDefinition['values'],
	parts: EngagementParts
): Promise<void> {
	const engagementId = before.engagement.id;
	await setEngagement(tx, engagementId, {
		...values,
		version: before.engagement.version + 1,
		updatedAt: new Date()
	});
	await deleteParticipantsAndOutcomes(tx, engagementId);
	for (const outcome of before.outcomes) await indexDocument(tx, 'engagement_outcome', outcome.id);
	await insertParts(tx, engagementId, parts);
	await indexDocument(tx, 'engagement', engagementId);
	const kept = await commitmentIdsOf(tx, engagementId);
	for (const commitment of kept) await indexDocument(tx, 'commitment', commitment.id);
	await refreshLastActivity(tx, [
		...partnersOf(before.engagement, before.participants),
		...partnersOf(values, parts.participants)
	]);
}
