import type { Db } from '../db/index.ts';
import {
	type Actor,
	AppError,
	authorize,
	type ChangeContext,
	isId,
	recordAudit
} from '../platform/index.ts';
import type { OutboxStatus } from './kinds.ts';
import { countOutbox, listOutbox, requeueMessage } from './outbox-repository.ts';

/** The outbox for administrators: how many messages in each status, and the newest messages. */
export async function outboxOverview(db: Db, actor: Actor, status?: OutboxStatus) {
	authorize(actor, 'outbox.manage');
	return { counts: await countOutbox(db), messages: await listOutbox(db, status) };
}

/**
 * An administrator sends a failed or unconfirmed message again, knowing an unconfirmed one may
 * already have arrived (decision 0022); audited.
 */
export async function retryOutboxMessage(db: Db, context: ChangeContext, id: string) {
	authorize(context.actor, 'outbox.manage');
	if (!isId(id)) throw new AppError('not_found');
	await db.transaction(async (tx) => {
		const retried = await requeueMessage(tx, id, new Date());
		if (!retried) throw new AppError('not_found');
		await recordAudit(tx, context, {
			action: 'retry_delivery',
			entityType: 'outbox_message',
			entityId: id
		});
	});
}
