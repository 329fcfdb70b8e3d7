import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Executor, Tx } from '../../db/index.ts';
import { attachments, type AttachmentOwnerType } from './schema.ts';

export type AttachmentRow = typeof attachments.$inferSelect;

export async function insertAttachment(
	tx: Tx,
	values: typeof attachments.$inferInsert
): Promise<AttachmentRow | undefined> {
	const [row] = await tx.insert(attachments).values(values).returning();
	return row;
}

/** One attachment, locked until the transaction ends. */
export async function lockAttachment(tx: Tx, id: string): Promise<AttachmentRow | undefined> {
	const [row] = await tx.select().from(attachments).where(eq(attachments.id, id)).for('update');
	return row;
}

export async function deleteAttachment(tx: Tx, id: string): Promise<void> {
	await tx.delete(attachments).where(eq(attachments.id, id));
}

/** The record that owns files, by its id column, locked until the transaction ends. */
export async function lockFileOwner(tx: Tx, records: PgColumn, ownerId: string): Promise<boolean> {
	const [record] = await tx
		.select({ id: records })
		.from(records.table)
		.where(eq(records, ownerId))
		.for('update');
	return record !== undefined;
}

/** The attachments of some records of one kind, oldest first. */
export async function listAttachments(
	executor: Executor,
	ownerType: AttachmentOwnerType,
	ownerIds: readonly string[]
): Promise<AttachmentRow[]> {
	if (!ownerIds.length) return [];
	return executor
		.select()
		.from(attachments)
		.where(and(eq(attachments.ownerType, ownerType), inArray(attachments.ownerId, [...ownerIds])))
		.orderBy(asc(attachments.createdAt), asc(attachments.fileName));
}

export async function findAttachment(
	executor: Executor,
	id: string
): Promise<AttachmentRow | null> {
	const [row] = await executor.select().from(attachments).where(eq(attachments.id, id));
	return row ?? null;
}
