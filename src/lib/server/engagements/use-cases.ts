import type { Db, Tx } from '../db/index.ts';
import {
	type Actor,
	actsForAgency,
	AppError,
	authorize,
	can,
	type ChangeContext,
	type FieldErrors,
	recordAudit,
	requireVersion
} from '../platform/index.ts';
import { findCountry } from '../partners/index.ts';
import { indexDocument } from '../search/index.ts';
import {
	commitmentAgencyIds,
	commitmentPartnerIds,
	lockCommitment,
	nextCommitmentPosition,
	replaceCommitmentAgencies,
	replaceCommitmentPartners,
	setCommitment
} from './commitment-repository.ts';
import { anyMissing, type CommitmentRow, engagementParts, lockEngagementId } from './repository.ts';
import type {
	CommitmentChange,
	CommitmentInput,
	CommitmentStatusInput,
	EngagementChange,
	EngagementInput
} from './schemas.ts';
import {
	insertCommitments,
	insertEngagementRecords,
	replaceEngagementRecords,
	type CommitmentDefinition
} from './write.ts';

/** Refuses references to records that do not exist, naming each field. */
async function checkReferences(tx: Tx, input: EngagementChange | EngagementInput): Promise<void> {
	const commitmentInputs = 'commitments' in input ? input.commitments : [];
	const fields: FieldErrors = {};
	if (input.countryCode) {
		if (!(await findCountry(tx, input.countryCode)))
			fields.countryCode = { key: 'validation.country' };
	}
	if (await anyMissing(tx, 'partner', [input.hostPartnerId])) {
		fields.hostPartnerId = { key: 'validation.invalid' };
	}
	if (await anyMissing(tx, 'agency', [input.organisingAgencyId])) {
		fields.organisingAgencyId = { key: 'validation.unknownAgency' };
	}
	if (
		await anyMissing(tx, 'project', [input.projectId, ...commitmentInputs.map((c) => c.projectId)])
	) {
		fields.projectId = { key: 'validation.invalid' };
	}
	const partnerIds = [
		...input.participants.map((p) => p.partnerId),
		...commitmentInputs.flatMap((c) => c.partnerIds)
	];
	if (await anyMissing(tx, 'partner', partnerIds))
		fields.participants = { key: 'validation.invalid' };
	const agencyIds = [
		...input.participants.map((p) => p.agencyId),
		...commitmentInputs.flatMap((c) => c.agencyIds)
	];
	if (await anyMissing(tx, 'agency', agencyIds)) {
		fields.commitments = { key: 'validation.unknownAgency' };
	}
	if (
		await anyMissing(
			tx,
			'agreement',
			input.outcomes.map((o) => o.agreementId)
		)
	) {
		fields.outcomes = { key: 'validation.invalid' };
	}
	if (Object.keys(fields).length) throw new AppError('validation_failed', { fields });
}

const commitmentDefinition = (c: CommitmentInput): CommitmentDefinition => ({
	...c,
	committeeOrder: null
});

/** Records an engagement with its participants, outcomes and commitments, all or nothing. */
export async function createEngagement(db: Db, context: ChangeContext, input: EngagementInput) {
	authorize(context.actor, 'engagement.manage');
	return db.transaction(async (tx) => {
		await checkReferences(tx, input);
		const { participants, outcomes, commitments: commitmentInputs, ...values } = input;
		const record = await insertEngagementRecords(tx, {
			values,
			participants,
			outcomes,
			committees: [],
			commitments: commitmentInputs.map(commitmentDefinition)
		});
		await recordAudit(tx, context, {
			action: 'create',
			entityType: 'engagement',
			entityId: record.id,
			after: { ...input }
		});
		return record.id;
	});
}

/**
 * Changes an engagement at the version its editor loaded: its details, participants and outcomes
 * are replaced by those given, checked as a new engagement's are. Its commitments are left as they
 * are. The audit keeps what it was and what it became.
 */
export async function updateEngagement(
	db: Db,
	context: ChangeContext,
	engagementId: string,
	input: EngagementChange
) {
	authorize(context.actor, 'engagement.manage');
	return db.transaction(async (tx) => {
		const before = await engagementParts(tx, engagementId);
		if (!before) throw new AppError('not_found');
		await requireVersion(tx, 'engagement', engagementId, input.version, before.engagement.version);
		await checkReferences(tx, input);
		const { participants, outcomes, version, ...values } = input;
		await replaceEngagementRecords(tx, before, values, { participants, outcomes });
		const { id: _id, code: _code, createdAt: _c, updatedAt: _u, ...stored } = before.engagement;
		await recordAudit(tx, context, {
			action: 'update',
			entityType: 'engagement',
			entityId: engagementId,
			before: {
				...stored,
				participants: before.participants,
				outcomes: before.outcomes.map(({ id: _outcome, ...outcome }) => outcome)
			},
			after: { ...values, version: version + 1, participants, outcomes }
		});
	});
}

/** Refuses a commitment's agencies, partners or project that do not exist, naming each field. */
async function checkCommitment(tx: Tx, input: CommitmentInput | CommitmentChange): Promise<void> {
	const fields: FieldErrors = {};
	if (await anyMissing(tx, 'agency', input.agencyIds)) {
		fields.agencyIds = { key: 'validation.unknownAgency' };
	}
	if (await anyMissing(tx, 'partner', input.partnerIds)) {
		fields.partnerIds = { key: 'validation.invalid' };
	}
	if (await anyMissing(tx, 'project', [input.projectId])) {
		fields.projectId = { key: 'validation.invalid' };
	}
	if (Object.keys(fields).length) throw new AppError('validation_failed', { fields });
}

/** Adds a follow-up commitment to an engagement. */
export async function addCommitment(
	db: Db,
	context: ChangeContext,
	engagementId: string,
	input: CommitmentInput
) {
	authorize(context.actor, 'engagement.manage');
	return db.transaction(async (tx) => {
		if (!(await lockEngagementId(tx, engagementId))) throw new AppError('not_found');
		await checkCommitment(tx, input);
		const position = await nextCommitmentPosition(tx, engagementId);
		const [id] = await insertCommitments(tx, engagementId, position, [commitmentDefinition(input)]);
		if (!id) throw new Error('could not insert commitment');
		await recordAudit(tx, context, {
			action: 'create',
			entityType: 'commitment',
			entityId: id,
			after: { engagementId, ...input }
		});
		return id;
	});
}

/** Whether the actor may move on a commitment of these agencies: the IAO any, a reporter their own. */
export const mayMoveOn = (actor: Actor, agencyIds: string[]) =>
	can(actor, 'commitment.update') && actsForAgency(actor, { agencyIds });

/** Of the commitments shown, the ids of those the actor may move on (each gets a status form). */
export const movableBy = (
	actor: Actor,
	shown: { id: string; agencies: { id: string }[] }[]
): string[] =>
	shown
		.filter((c) =>
			mayMoveOn(
				actor,
				c.agencies.map((a) => a.id)
			)
		)
		.map((c) => c.id);

/**
 * Moves a commitment on (open → in progress → done, or dropped). The IAO for any commitment,
 * a reporter for the commitments of their agencies.
 */
export async function updateCommitmentStatus(
	db: Db,
	context: ChangeContext,
	commitmentId: string,
	input: CommitmentStatusInput
) {
	authorize(context.actor, 'commitment.update');
	return db.transaction(async (tx) => {
		const commitment = await lockCommitment(tx, commitmentId);
		if (!commitment) throw new AppError('not_found');
		const owners = await commitmentAgencyIds(tx, commitmentId);
		if (!mayMoveOn(context.actor, owners)) {
			throw new AppError('forbidden', { detail: 'not a responsible agency' });
		}
		await requireVersion(tx, 'commitment', commitmentId, input.version, commitment.version);
		const updated = await setCommitment(
			tx,
			commitmentId,
			{ status: input.status, version: commitment.version + 1, updatedAt: new Date() },
			input.version
		);
		await indexDocument(tx, 'commitment', commitmentId);
		await recordAudit(tx, context, {
			action: 'update',
			entityType: 'commitment',
			entityId: commitmentId,
			before: { status: commitment.status, version: commitment.version },
			after: { status: updated.status, version: updated.version }
		});
		return updated;
	});
}

/** A commitment's own facts, as the audit keeps them. */
async function commitmentFacts(tx: Tx, commitment: CommitmentRow) {
	const [agencyIds, partnerIds] = await Promise.all([
		commitmentAgencyIds(tx, commitment.id),
		commitmentPartnerIds(tx, commitment.id)
	]);
	return {
		version: commitment.version,
		titleTh: commitment.titleTh,
		titleEn: commitment.titleEn,
		descriptionTh: commitment.descriptionTh,
		scope: commitment.scope,
		dueOn: commitment.dueOn,
		projectId: commitment.projectId,
		agencyIds: agencyIds.sort(),
		partnerIds: partnerIds.sort()
	};
}

/**
 * Changes what a commitment is at the version its editor loaded: what is to be done, the agencies
 * responsible, the partners, the due date and the project. Its status moves on by itself.
 */
export async function updateCommitment(
	db: Db,
	context: ChangeContext,
	commitmentId: string,
	input: CommitmentChange
) {
	authorize(context.actor, 'engagement.manage');
	return db.transaction(async (tx) => {
		const existing = await lockCommitment(tx, commitmentId);
		if (!existing) throw new AppError('not_found');
		await requireVersion(tx, 'commitment', commitmentId, input.version, existing.version);
		await checkCommitment(tx, input);
		const before = await commitmentFacts(tx, existing);
		const { agencyIds, partnerIds, version: _version, ...values } = input;
		const updated = await setCommitment(tx, commitmentId, {
			...values,
			version: existing.version + 1,
			updatedAt: new Date()
		});
		await replaceCommitmentAgencies(tx, commitmentId, agencyIds);
		await replaceCommitmentPartners(tx, commitmentId, partnerIds);
		await indexDocument(tx, 'commitment', commitmentId);
		await recordAudit(tx, context, {
			action: 'update',
			entityType: 'commitment',
			entityId: commitmentId,
			before,
			after: await commitmentFacts(tx, updated)
		});
		return updated;
	});
}
