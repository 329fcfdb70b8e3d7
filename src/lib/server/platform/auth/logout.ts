import type { Db } from '../../db/index.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit/record.ts';
import { deleteSession } from './sessions-repository.ts';

export async function endSession(
	db: Db,
	input: { actor: Actor; token: string; requestId?: string }
): Promise<void> {
	await db.transaction(async (tx) => {
		await deleteSession(tx, input.token);
		if (input.actor.id) {
			await recordAudit(
				tx,
				{ actor: input.actor, requestId: input.requestId },
				{ action: 'logout', entityType: 'user', entityId: input.actor.id }
			);
		}
	});
}
