import type { Db } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { removeAttachment } from '../attachments/attachments.ts';
import type { AttachmentRow } from '../attachments/repository.ts';
import { AppError } from '../errors.ts';
import type { ReviewedKind, ReviewedRow } from './kind.ts';
import { refuseStep } from './states.ts';
import { openForReporter } from './step.ts';

/**
 * Removes a file from a record under the rule of its changes: whoever reports the record, while it
 * is a draft or returned. A submitted record waits; an approved one is locked. Files are added
 * with the record itself (`saveWork`). `within` refuses a record the request does not name.
 */
export function removeWorkFile<Key, Parent, Work extends ReviewedRow, Values>(
	db: Db,
	context: ChangeContext,
	kind: ReviewedKind<Key, Parent, Work, Values>,
	{ attachmentId, storageDir }: { attachmentId: string; storageDir: string },
	within: (key: Key) => boolean
): Promise<AttachmentRow> {
	return removeAttachment(db, context, attachmentId, storageDir, async (tx, attachment) => {
		const { attachments } = kind;
		if (attachments?.ownerType !== attachment.ownerType) throw new AppError('not_found');
		const key = await attachments.keyOf(tx, attachment.ownerId);
		if (key === null || !within(key)) throw new AppError('not_found');
		const { work } = await openForReporter({ tx, context, kind }, key);
		if (!work) throw new AppError('not_found');
		refuseStep(kind.stateOf(work), 'save');
	});
}
