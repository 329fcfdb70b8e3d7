import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../db/index.ts';
import {
	type Actor,
	type AgencyScope,
	type FileOwner,
	inAgencyScope,
	updateBuiltinRecord
} from '../platform/index.ts';
import { agencies } from '../platform/schema.ts';
import { projects } from '../projects/schema.ts';
import { circularPractices, circularRecipients, circulars, practices } from './schema.ts';

export type CircularRecipientRow = typeof circularRecipients.$inferSelect;
type CircularValues = Omit<typeof circulars.$inferInsert, 'id' | 'createdAt'>;
type RecipientValues = Partial<Omit<CircularRecipientRow, 'circularId' | 'agencyId'>>;

/** Of these practices, those that exist. */
export function practicesAmong(tx: Tx, practiceIds: string[]) {
	return tx.select({ id: practices.id }).from(practices).where(inArray(practices.id, practiceIds));
}

export async function insertCircular(tx: Tx, values: CircularValues) {
	const [row] = await tx.insert(circulars).values(values).returning();
	return row;
}

/** Makes a circular carry these practices, in this order. */
export async function insertCarriedPractices(tx: Tx, circularId: string, practiceIds: string[]) {
	if (practiceIds.length) {
		await tx
			.insert(circularPractices)
			.values(practiceIds.map((practiceId, position) => ({ circularId, practiceId, position })));
	}
}

/** Replaces the practices a circular carries. */
export async function replaceCarriedPractices(tx: Tx, circularId: string, practiceIds: string[]) {
	await tx.delete(circularPractices).where(eq(circularPractices.circularId, circularId));
	await insertCarriedPractices(tx, circularId, practiceIds);
}

/** Sends a circular to these agencies (each once): each receives it now. */
export async function insertRecipients(tx: Tx, circularId: string, agencyIds: string[]) {
	await tx
		.insert(circularRecipients)
		.values([...new Set(agencyIds)].map((agencyId) => ({ circularId, agencyId })));
}

const recipient = (circularId: string, agencyId: string) =>
	and(eq(circularRecipients.circularId, circularId), eq(circularRecipients.agencyId, agencyId));

/** What an agency did with a circular sent to it, locked until the transaction ends. */
export async function lockRecipient(tx: Tx, circularId: string, agencyId: string) {
	const [row] = await tx
		.select()
		.from(circularRecipients)
		.where(recipient(circularId, agencyId))
		.for('update');
	return row;
}

/** Writes what an agency did with a circular sent to it. */
export async function setRecipient(
	tx: Tx,
	circularId: string,
	agencyId: string,
	values: RecipientValues
) {
	const [row] = await tx
		.update(circularRecipients)
		.set(values)
		.where(recipient(circularId, agencyId))
		.returning();
	return row;
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

/** A circular with what it carries and its recipients; null when there is none. */
export async function circularContents(executor: Executor, circularId: string) {
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
	return { circular, carried, recipients };
}

/** A circular's attachments (the memo as signed, annexes): the IAO, who sends it, manages them. */
export const circularAttachments: FileOwner = {
	type: 'circular',
	manage: 'circular.send',
	records: circulars.id
};

/** The circular of a built-in code, or undefined. */
export async function circularByCode(tx: Tx, code: string) {
	const [existing] = await tx.select().from(circulars).where(eq(circulars.code, code));
	return existing;
}

/** The practices a circular carries, with their positions. */
export function carriedPracticeLinks(tx: Tx, circularId: string) {
	return tx
		.select({ practiceId: circularPractices.practiceId, position: circularPractices.position })
		.from(circularPractices)
		.where(eq(circularPractices.circularId, circularId));
}

/** Writes a built-in circular's corrected fields and moves it to its next version. */
export const updateBuiltinCircular = (
	tx: Tx,
	circularId: string,
	fields: Partial<typeof circulars.$inferInsert>
) => updateBuiltinRecord(tx, circulars, circularId, fields);
