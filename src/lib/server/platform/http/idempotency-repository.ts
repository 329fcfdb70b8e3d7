import { and, eq, lt } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/index.ts';
import { idempotencyKeys } from '../idempotency/schema.ts';

export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;

const ofKey = (actorId: string, key: string) =>
	and(eq(idempotencyKeys.actorId, actorId), eq(idempotencyKeys.key, key));

/**
 * Inserts a caller's key unless it is there: false when it was (a retry waits here, on the key's
 * unique index, for the transaction that inserted it).
 */
export async function claimIdempotencyKey(
	tx: Tx,
	values: { actorId: string; key: string; requestHash: string }
): Promise<boolean> {
	const [claimed] = await tx
		.insert(idempotencyKeys)
		.values(values)
		.onConflictDoNothing()
		.returning({ key: idempotencyKeys.key });
	return claimed !== undefined;
}

export async function findIdempotencyKey(
	tx: Tx,
	actorId: string,
	key: string
): Promise<IdempotencyKeyRow | undefined> {
	const [stored] = await tx.select().from(idempotencyKeys).where(ofKey(actorId, key));
	return stored;
}

/** Keeps the answer a key's first request got. */
export async function setIdempotentResponse(
	tx: Tx,
	actorId: string,
	key: string,
	response: Pick<IdempotencyKeyRow, 'responseStatus' | 'responseBody' | 'responseLocation'>
): Promise<void> {
	await tx.update(idempotencyKeys).set(response).where(ofKey(actorId, key));
}

/** Deletes the keys made before `before`; returns how many. */
export async function deleteIdempotencyKeysBefore(
	executor: Executor,
	before: Date
): Promise<number> {
	const purged = await executor
		.delete(idempotencyKeys)
		.where(lt(idempotencyKeys.createdAt, before))
		.returning({ key: idempotencyKeys.key });
	return purged.length;
}
