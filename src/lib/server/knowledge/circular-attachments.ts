import { eq } from 'drizzle-orm';
import type { Db, Executor } from '../db/client.ts';
import type { Actor, ChangeContext } from '../platform/actor.ts';
import {
	addAttachments,
	listAttachments,
	removeAttachment,
	type AttachmentRow
} from '../platform/attachments/attachments.ts';
import { AppError } from '../platform/errors.ts';
import { actsForAgency, authorize, can } from '../platform/policy.ts';
import { circularRecipients, circulars } from './schema.ts';

/** The IAO, and whoever acts for an agency the circular was sent to, may read it and its files. */
export async function mayReadCircular(
	executor: Executor,
	actor: Actor,
	circularId: string
): Promise<boolean> {
	if (can(actor, 'circular.send')) return true;
	if (!actor.agencyIds.length) return false;
	const recipients = await executor
		.select({ agencyId: circularRecipients.agencyId })
		.from(circularRecipients)
		.where(eq(circularRecipients.circularId, circularId));
	return actsForAgency(actor, { agencyIds: recipients.map((recipient) => recipient.agencyId) });
}

/** The circular's files, or none for whoever may not read them. */
export async function circularAttachments(
	executor: Executor,
	actor: Actor,
	circularId: string
): Promise<AttachmentRow[]> {
	if (!(await mayReadCircular(executor, actor, circularId))) return [];
	return listAttachments(executor, 'circular', [circularId]);
}

async function guardCircular(executor: Executor, actor: Actor, circularId: string) {
	authorize(actor, 'circular.send');
	const [circular] = await executor
		.select({ id: circulars.id })
		.from(circulars)
		.where(eq(circulars.id, circularId));
	if (!circular) throw new AppError('not_found');
}

/** The IAO attaches files to a circular, one transaction each, all checked first. */
export async function attachCircularFiles(
	db: Db,
	context: ChangeContext,
	circularId: string,
	files: readonly File[],
	storageDir: string
): Promise<AttachmentRow[]> {
	authorize(context.actor, 'circular.send');
	return addAttachments(db, context, {
		ownerType: 'circular',
		ownerId: circularId,
		files,
		storageDir,
		guard: (tx) => guardCircular(tx, context.actor, circularId)
	});
}

/** The IAO removes a file from the circular it belongs to. */
export async function removeCircularAttachment(
	db: Db,
	context: ChangeContext,
	circularId: string,
	attachmentId: string,
	storageDir: string
): Promise<AttachmentRow> {
	authorize(context.actor, 'circular.send');
	return removeAttachment(db, context, attachmentId, storageDir, async (_tx, attachment) => {
		if (attachment.ownerType !== 'circular' || attachment.ownerId !== circularId) {
			throw new AppError('not_found');
		}
	});
}
