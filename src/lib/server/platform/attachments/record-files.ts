import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { AppError } from '../errors.ts';
import { authorize, type Action } from '../policy.ts';
import { attachFiles, attachmentField, removeAttachment } from './attachments.ts';
import { type AttachmentRow, lockFileOwner } from './repository.ts';
import type { AttachmentOwnerType } from './schema.ts';

/** A kind of record whose documents whoever may manage it attaches and removes at any time. */
export interface FileOwner {
	type: AttachmentOwnerType;
	manage: Action;
	/** The id column of the records: files go only to a record that exists. */
	records: PgColumn;
}

/** Refuses, in the transaction, a record that is gone (callers have checked the permission). */
async function guard(tx: Tx, owner: FileOwner, ownerId: string) {
	if (!(await lockFileOwner(tx, owner.records, ownerId))) throw new AppError('not_found');
}

/** Attaches documents to a record, all in one transaction or none, after checking them all. */
export function attachRecordFiles(
	db: Db,
	context: ChangeContext,
	owner: FileOwner,
	ownerId: string,
	files: readonly File[],
	storageDir: string
): Promise<AttachmentRow[]> {
	authorize(context.actor, owner.manage);
	if (files.length === 0) {
		throw new AppError('validation_failed', {
			fields: { [attachmentField]: { key: 'validation.required' } }
		});
	}
	return attachFiles(
		db,
		context,
		{
			ownerType: owner.type,
			ownerId,
			storageDir,
			guard: (tx) => guard(tx, owner, ownerId)
		},
		files
	);
}

/** Removes one of the documents of a record of the owner's kind: the row and its audit entry, then the file. */
export function removeRecordFile(
	db: Db,
	context: ChangeContext,
	owner: FileOwner,
	attachmentId: string,
	storageDir: string
): Promise<AttachmentRow> {
	authorize(context.actor, owner.manage);
	return removeAttachment(db, context, attachmentId, storageDir, async (tx, attachment) => {
		if (attachment.ownerType !== owner.type) throw new AppError('not_found');
		await guard(tx, owner, attachment.ownerId);
	});
}
