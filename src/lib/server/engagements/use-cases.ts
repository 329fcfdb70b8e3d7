import { and, eq, inArray, sql } from 'drizzle-orm';
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
import { agencies } from '../platform/schema.ts';
import { agreements, countries, partners } from '../partners/schema.ts';
import { indexDocument } from '../search/index.ts';
import { projects } from '../projects/schema.ts';
import { commitmentAgencies, commitmentPartners, commitments, engagements } from './schema.ts';
import type {
	CommitmentChange,
	CommitmentInput,
	CommitmentStatusInput,
	EngagementChange,
	EngagementInput
} from './schemas.ts';
import {
	engagementParts,
	insertCommitments,
	insertEngagementRecords,
	replaceEngagementRecords,
	type CommitmentDefinition
} from './write.ts';

/** Which of the ids are not in the table. */
async function missing(
	tx: Tx,
	table: typeof partners | typeof agencies | typeof projects | typeof agreements,
	ids: (string | null)[]
): Promise<boolean> {
	const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
	if (wanted.length === 0) return false;
	const [row] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(table)
		.where(inArray(table.id, wanted));
	return (row?.n ?? 0) !== wanted.length;
}

/** Refuses references to records that do not exist, naming each field. */
async function checkReferences(tx: Tx, input: EngagementChange | EngagementInput): Promise<void> {
	const commitmentInputs = 'commitments' in input ? input.commitments : [];
	const fields: FieldErrors = {};
	if (input.countryCode) {
		const [country] = await tx
			.select({ code: countries.code })
			.from(countries)
			.where(eq(countries.code, input.countryCode));
		if (!country) fields.countryCode = { key: 'validation.country' };
	}
	if (await missing(tx, partners, [input.hostPartnerId])) {
		fields.hostPartnerId = { key: 'validation.invalid' };
	}
	if (await missing(tx, agencies, [input.organisingAgencyId])) {
		fields.organisingAgencyId = { key: 'validation.unknownAgency' };
	}
	if (await missing(tx, projects, [input.projectId, ...commitmentInputs.map((c) => c.projectId)])) {
		fields.projectId = { key: 'validation.invalid' };
	}
	const partnerIds = [
		...input.participants.map((p) => p.partnerId),
		...commitmentInputs.flatMap((c) => c.partnerIds)
	];
	if (await missing(tx, partners, partnerIds)) fields.participants = { key: 'validation.invalid' };
	const agencyIds = [
		...input.participants.map((p) => p.agencyId),
		...commitmentInputs.flatMap((c) => c.agencyIds)
	];
	if (await missing(tx, agencies, agencyIds)) {
		fields.commitments = { key: 'validation.unknownAgency' };
	}
	if (
		await missing(
			tx,
			agreements,
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
	if (await missing(tx, agencies, input.agencyIds)) {
		fields.agencyIds = { key: 'validation.unknownAgency' };
	}
	if (await missing(tx, partners, input.partnerIds)) {
		fields.partnerIds = { key: 'validation.invalid' };
	}
	if (await missing(tx, projects, [input.projectId])) {
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
		const [engagement] = await tx
			.select({ id: engagements.id })
			.from(engagements)
			.where(eq(engagements.id, engagementId))
			.for('update');
		if (!engagement) throw new AppError('not_found');
		await checkCommitment(tx, input);
		const [last] = await tx
			.select({ n: sql<number>`coalesce(max(${commitments.position}) + 1, 0)::int` })
			.from(commitments)
			.where(eq(commitments.engagementId, engagementId));
		const [id] = await insertCommitments(tx, engagementId, last?.n ?? 0, [
			commitmentDefinition(input)
		]);
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
		const [commitment] = await tx
			.select()
			.from(commitments)
			.where(eq(commitments.id, commitmentId))
			.for('update');
		if (!commitment) throw new AppError('not_found');
		const owners = await tx
			.select({ agencyId: commitmentAgencies.agencyId })
			.from(commitmentAgencies)
			.where(eq(commitmentAgencies.commitmentId, commitmentId));
		if (
			!mayMoveOn(
				context.actor,
				owners.map((o) => o.agencyId)
			)
		) {
			throw new AppError('forbidden', { detail: 'not a responsible agency' });
		}
		await requireVersion(tx, 'commitment', commitmentId, input.version, commitment.version);
		const [updated] = await tx
			.update(commitments)
			.set({ status: input.status, version: commitment.version + 1, updatedAt: new Date() })
			.where(and(eq(commitments.id, commitmentId), eq(commitments.version, input.version)))
			.returning();
		if (!updated) throw new Error('could not update commitment');
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
async function commitmentFacts(tx: Tx, commitment: typeof commitments.$inferSelect) {
	const [owners, partnerRows] = await Promise.all([
		tx
			.select({ id: commitmentAgencies.agencyId })
			.from(commitmentAgencies)
			.where(eq(commitmentAgencies.commitmentId, commitment.id)),
		tx
			.select({ id: commitmentPartners.partnerId })
			.from(commitmentPartners)
			.where(eq(commitmentPartners.commitmentId, commitment.id))
	]);
	return {
		version: commitment.version,
		titleTh: commitment.titleTh,
		titleEn: commitment.titleEn,
		descriptionTh: commitment.descriptionTh,
		scope: commitment.scope,
		dueOn: commitment.dueOn,
		projectId: commitment.projectId,
		agencyIds: owners.map((row) => row.id).sort(),
		partnerIds: partnerRows.map((row) => row.id).sort()
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
		const [existing] = await tx
			.select()
			.from(commitments)
			.where(eq(commitments.id, commitmentId))
			.for('update');
		if (!existing) throw new AppError('not_found');
		await requireVersion(tx, 'commitment', commitmentId, input.version, existing.version);
		await checkCommitment(tx, input);
		const before = await commitmentFacts(tx, existing);
		const { agencyIds, partnerIds, version: _version, ...values } = input;
		const [updated] = await tx
			.update(commitments)
			.set({ ...values, version: existing.version + 1, updatedAt: new Date() })
			.where(eq(commitments.id, commitmentId))
			.returning();
		if (!updated) throw new Error('could not update commitment');
		await tx.delete(commitmentAgencies).where(eq(commitmentAgencies.commitmentId, commitmentId));
		await tx
			.insert(commitmentAgencies)
			.values([...new Set(agencyIds)].map((agencyId) => ({ commitmentId, agencyId })));
		await tx.delete(commitmentPartners).where(eq(commitmentPartners.commitmentId, commitmentId));
		if (partnerIds.length) {
			await tx
				.insert(commitmentPartners)
				.values([...new Set(partnerIds)].map((partnerId) => ({ commitmentId, partnerId })));
		}
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
