import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../db/index.ts';
import {
	type Actor,
	actsForAgency,
	type AgencyScope,
	AppError,
	authorize,
	canReadCircular,
	type ChangeContext,
	type FileOwner,
	type FilesToKeep,
	inAgencyScope,
	listAttachments,
	presentAttachment,
	recordAudit,
	withFiles
} from '../platform/index.ts';
import { agencies } from '../platform/schema.ts';
import { projects } from '../projects/schema.ts';
import { indexDocument } from '../search/index.ts';
import type { AdoptionInput, CircularInput } from './schemas.ts';
import { circularPractices, circularRecipients, circulars, practices } from './schema.ts';

/**
 * Sends a circular carrying practices to agencies, with its files (checked by `checkFiles`): each
 * agency receives it now, to acknowledge. The circular, its recipients and its files are kept
 * together or not at all.
 */
export async function sendCircular(
	db: Db,
	context: ChangeContext,
	input: CircularInput,
	attached?: FilesToKeep
) {
	authorize(context.actor, 'circular.send');
	const { practiceIds, recipientAgencyIds, ...values } = input;
	return withFiles(db, context, async (tx, keepFiles) => {
		const known = await tx
			.select({ id: practices.id })
			.from(practices)
			.where(inArray(practices.id, practiceIds));
		const knownAgencies = await tx
			.select({ id: agencies.id })
			.from(agencies)
			.where(inArray(agencies.id, recipientAgencyIds));
		if (known.length !== new Set(practiceIds).size) {
			throw new AppError('validation_failed', {
				fields: { practiceIds: { key: 'validation.practicesRequired' } }
			});
		}
		if (knownAgencies.length !== new Set(recipientAgencyIds).size) {
			throw new AppError('validation_failed', {
				fields: { recipientAgencyIds: { key: 'validation.unknownAgency' } }
			});
		}
		const [row] = await tx
			.insert(circulars)
			.values({ ...values, createdBy: context.actor.id })
			.returning();
		const id = row!.id;
		await tx.insert(circularPractices).values(
			[...new Set(practiceIds)].map((practiceId, position) => ({
				circularId: id,
				practiceId,
				position
			}))
		);
		await tx
			.insert(circularRecipients)
			.values([...new Set(recipientAgencyIds)].map((agencyId) => ({ circularId: id, agencyId })));
		await recordAudit(tx, context, {
			action: 'send',
			entityType: 'circular',
			entityId: id,
			after: { ...input }
		});
		if (attached) await keepFiles({ ownerType: 'circular', ownerId: id }, attached);
		await indexDocument(tx, 'circular', id);
		return row!;
	});
}

async function lockRecipient(
	executor: Executor,
	actor: Actor,
	circularId: string,
	agencyId: string
) {
	authorize(actor, 'circular.acknowledge');
	const [recipient] = await executor
		.select()
		.from(circularRecipients)
		.where(
			and(eq(circularRecipients.circularId, circularId), eq(circularRecipients.agencyId, agencyId))
		)
		.for('update');
	if (!recipient) throw new AppError('not_found');
	if (!actsForAgency(actor, { agencyIds: [agencyId] })) throw new AppError('forbidden');
	return recipient;
}

const auditedRecipient = (row: typeof circularRecipients.$inferSelect) => ({
	acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
	adoption: row.adoption,
	adoptionNote: row.adoptionNote,
	projectId: row.projectId
});

/** The agency has read the circular; acknowledging again changes nothing. */
export async function acknowledgeCircular(
	db: Db,
	context: ChangeContext,
	circularId: string,
	agencyId: string
) {
	return db.transaction(async (tx) => {
		const before = await lockRecipient(tx, context.actor, circularId, agencyId);
		if (before.acknowledgedAt) return before;
		const [after] = await tx
			.update(circularRecipients)
			.set({ acknowledgedAt: new Date(), acknowledgedBy: context.actor.id })
			.where(
				and(
					eq(circularRecipients.circularId, circularId),
					eq(circularRecipients.agencyId, agencyId)
				)
			)
			.returning();
		await recordAudit(tx, context, {
			action: 'acknowledge',
			entityType: 'circular_recipient',
			entityId: `${circularId}/${agencyId}`,
			before: auditedRecipient(before),
			after: auditedRecipient(after!)
		});
		return after!;
	});
}

/** Whether and how the agency adopted what the circular carried, and the project that came of it. */
export async function recordAdoption(
	db: Db,
	context: ChangeContext,
	circularId: string,
	agencyId: string,
	input: AdoptionInput
) {
	return db.transaction(async (tx) => {
		const before = await lockRecipient(tx, context.actor, circularId, agencyId);
		if (input.projectId) {
			const [project] = await tx
				.select({ id: projects.id })
				.from(projects)
				.where(eq(projects.id, input.projectId));
			if (!project) {
				throw new AppError('validation_failed', {
					fields: { projectId: { key: 'validation.unknownProject' } }
				});
			}
		}
		const [after] = await tx
			.update(circularRecipients)
			.set({
				adoption: input.adoption,
				adoptionNote: input.adoptionNote,
				projectId: input.adoption === 'adopted' ? input.projectId : null,
				adoptedAt: input.adoption === 'pending' ? null : new Date(),
				acknowledgedAt: before.acknowledgedAt ?? new Date(),
				acknowledgedBy: before.acknowledgedBy ?? context.actor.id
			})
			.where(
				and(
					eq(circularRecipients.circularId, circularId),
					eq(circularRecipients.agencyId, agencyId)
				)
			)
			.returning();
		await recordAudit(tx, context, {
			action: 'record_adoption',
			entityType: 'circular_recipient',
			entityId: `${circularId}/${agencyId}`,
			before: auditedRecipient(before),
			after: auditedRecipient(after!)
		});
		return after!;
	});
}

const recipientsOf = (circularId: SQL | string) =>
	sql`ARRAY(SELECT r.agency_id FROM ${circularRecipients} r WHERE r.circular_id = ${circularId})`;

/** The circulars of the reader's scope (`circularScope`), for lists that name circulars. */
export const circularInScope = (scope: AgencyScope) =>
	inAgencyScope(scope, recipientsOf(sql`${circulars.id}`));

/**
 * The agencies a circular was sent to: who besides the office-wide roles may read it and its
 * files. Null when there is no such circular.
 */
export async function circularRecipientIds(
	executor: Executor,
	circularId: string
): Promise<string[] | null> {
	const [row] = await executor
		.select({ agencyIds: sql<string[]>`${recipientsOf(circularId)}` })
		.from(circulars)
		.where(eq(circulars.id, circularId));
	return row?.agencyIds ?? null;
}

/** Circulars the reader may read (`circularScope`), newest first, with how many recipients have acknowledged each. */
export async function listCirculars(executor: Executor, scope: AgencyScope) {
	return executor
		.select({
			id: circulars.id,
			documentNumber: circulars.documentNumber,
			issuedOn: circulars.issuedOn,
			subject: circulars.subject,
			recipients: sql<number>`(SELECT count(*)::int FROM circular_recipients r WHERE r.circular_id = ${circulars.id})`,
			acknowledged: sql<number>`(SELECT count(*)::int FROM circular_recipients r WHERE r.circular_id = ${circulars.id} AND r.acknowledged_at IS NOT NULL)`
		})
		.from(circulars)
		.where(circularInScope(scope))
		.orderBy(desc(circulars.issuedOn), desc(circulars.createdAt));
}

/** A department's inbox: the circulars sent to the actor's agencies, unacknowledged first. */
export async function circularInbox(executor: Executor, actor: Actor) {
	if (!actor.agencyIds.length) return [];
	return executor
		.select({
			circularId: circulars.id,
			documentNumber: circulars.documentNumber,
			issuedOn: circulars.issuedOn,
			subject: circulars.subject,
			agencyId: circularRecipients.agencyId,
			agencyNameTh: agencies.nameTh,
			agencyNameEn: agencies.nameEn,
			receivedAt: circularRecipients.receivedAt,
			acknowledgedAt: circularRecipients.acknowledgedAt
		})
		.from(circularRecipients)
		.innerJoin(circulars, eq(circulars.id, circularRecipients.circularId))
		.innerJoin(agencies, eq(agencies.id, circularRecipients.agencyId))
		.where(inArray(circularRecipients.agencyId, actor.agencyIds))
		.orderBy(
			sql`${circularRecipients.acknowledgedAt} IS NOT NULL`,
			desc(circularRecipients.receivedAt)
		);
}

/** How many circulars wait for the actor's agencies to acknowledge. */
export async function unacknowledgedCount(executor: Executor, actor: Actor): Promise<number> {
	if (!actor.agencyIds.length) return 0;
	const [row] = await executor
		.select({ n: sql<number>`count(*)::int` })
		.from(circularRecipients)
		.where(
			and(
				inArray(circularRecipients.agencyId, actor.agencyIds),
				isNull(circularRecipients.acknowledgedAt)
			)
		);
	return row?.n ?? 0;
}

/** A circular with what it carries, its recipients and files; null when the reader may not read it. */
export async function circularDetail(executor: Executor, circularId: string, reader: Actor) {
	const recipientAgencyIds = await circularRecipientIds(executor, circularId);
	if (!recipientAgencyIds || !canReadCircular(reader, { recipientAgencyIds })) return null;
	const [circular] = await executor.select().from(circulars).where(eq(circulars.id, circularId));
	if (!circular) return null;
	const carried = await executor
		.select({
			id: practices.id,
			titleTh: practices.titleTh,
			titleEn: practices.titleEn,
			sourceName: practices.sourceName
		})
		.from(circularPractices)
		.innerJoin(practices, eq(practices.id, circularPractices.practiceId))
		.where(eq(circularPractices.circularId, circularId))
		.orderBy(asc(circularPractices.position));
	const recipients = await executor
		.select({
			agencyId: circularRecipients.agencyId,
			agencyNameTh: agencies.nameTh,
			agencyNameEn: agencies.nameEn,
			receivedAt: circularRecipients.receivedAt,
			acknowledgedAt: circularRecipients.acknowledgedAt,
			adoption: circularRecipients.adoption,
			adoptionNote: circularRecipients.adoptionNote,
			adoptedAt: circularRecipients.adoptedAt,
			projectId: circularRecipients.projectId,
			projectTitleTh: projects.titleTh,
			projectTitleEn: projects.titleEn
		})
		.from(circularRecipients)
		.innerJoin(agencies, eq(agencies.id, circularRecipients.agencyId))
		.leftJoin(projects, eq(projects.id, circularRecipients.projectId))
		.where(eq(circularRecipients.circularId, circularId))
		.orderBy(sql`${circularRecipients.acknowledgedAt} IS NOT NULL`, asc(agencies.nameTh));
	const files = await listAttachments(executor, 'circular', [circularId]);
	return { circular, carried, recipients, attachments: files.map(presentAttachment) };
}

/** A circular's attachments (the memo as signed, annexes): the IAO, who sends it, manages them. */
export const circularAttachments: FileOwner = {
	type: 'circular',
	manage: 'circular.send',
	records: circulars.id
};
