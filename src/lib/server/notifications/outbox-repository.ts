import { and, asc, desc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../db/index.ts';
import { users } from '../platform/schema.ts';
import type { OutboxStatus } from './kinds.ts';
import { notifications, outboxMessages } from './schema.ts';

/**
 * Claims the next due message for one delivery: marks it sending, counts the attempt, and leases
 * it until `leaseUntil`. `SKIP LOCKED` lets several workers claim different messages at once.
 */
export async function claimDueMessage(tx: Tx, now: Date, leaseUntil: Date) {
	const [due] = await tx
		.select({ id: outboxMessages.id })
		.from(outboxMessages)
		.where(and(eq(outboxMessages.status, 'pending'), lte(outboxMessages.nextAttemptAt, now)))
		.orderBy(asc(outboxMessages.nextAttemptAt), asc(outboxMessages.id))
		.limit(1)
		.for('update', { skipLocked: true });
	if (!due) return null;
	const [claimed] = await tx
		.update(outboxMessages)
		.set({
			status: 'sending',
			attempts: sql`${outboxMessages.attempts} + 1`,
			leaseUntil,
			updatedAt: now
		})
		.where(eq(outboxMessages.id, due.id))
		.returning();
	return claimed ?? null;
}

/** Marks a claimed message sent: only while it is still this delivery's (sending). */
export async function markSent(executor: Executor, id: string, now: Date): Promise<void> {
	await executor
		.update(outboxMessages)
		.set({ status: 'sent', sentAt: now, leaseUntil: null, lastError: null, updatedAt: now })
		.where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'sending')));
}

/** A failed attempt: pending again at `retryAt`, or failed for good when there is none. */
export async function markAttemptFailed(
	executor: Executor,
	id: string,
	now: Date,
	error: string,
	retryAt: Date | null
): Promise<void> {
	await executor
		.update(outboxMessages)
		.set({
			status: retryAt ? 'pending' : 'failed',
			nextAttemptAt: retryAt ?? now,
			leaseUntil: null,
			lastError: error.slice(0, 2000),
			updatedAt: now
		})
		.where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'sending')));
}

/**
 * Messages whose delivery stopped with them claimed (the worker's process died, or its lease ran
 * out): they may have reached the mail server, so they become unconfirmed rather than due again.
 * With `leaseBefore` only those whose lease ended before then; without it, every one (a process
 * alone on its embedded database knows that no other is delivering).
 */
export async function markInterrupted(executor: Executor, now: Date, leaseBefore?: Date) {
	const rows = await executor
		.update(outboxMessages)
		.set({ status: 'unconfirmed', leaseUntil: null, updatedAt: now })
		.where(
			and(
				eq(outboxMessages.status, 'sending'),
				leaseBefore ? lt(outboxMessages.leaseUntil, leaseBefore) : undefined
			)
		)
		.returning({ id: outboxMessages.id });
	return rows.length;
}

/** An administrator asks for a failed or unconfirmed message to be sent again now. */
export async function requeueMessage(executor: Executor, id: string, now: Date) {
	const [row] = await executor
		.update(outboxMessages)
		.set({ status: 'pending', attempts: 0, nextAttemptAt: now, updatedAt: now })
		.where(
			and(eq(outboxMessages.id, id), inArray(outboxMessages.status, ['failed', 'unconfirmed']))
		)
		.returning({ id: outboxMessages.id });
	return row ?? null;
}

export const outboxPageSize = 100;

/** The newest messages first, optionally of one status, without their bodies. */
export function listOutbox(executor: Executor, status?: OutboxStatus) {
	return executor
		.select({
			id: outboxMessages.id,
			recipient: outboxMessages.recipient,
			subject: outboxMessages.subject,
			status: outboxMessages.status,
			attempts: outboxMessages.attempts,
			nextAttemptAt: outboxMessages.nextAttemptAt,
			lastError: outboxMessages.lastError,
			sentAt: outboxMessages.sentAt,
			createdAt: outboxMessages.createdAt
		})
		.from(outboxMessages)
		.where(status ? eq(outboxMessages.status, status) : undefined)
		.orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
		.limit(outboxPageSize);
}

/** How many messages are in each status. */
export async function countOutbox(executor: Executor): Promise<Record<string, number>> {
	const rows = await executor
		.select({ status: outboxMessages.status, count: sql<number>`count(*)::int` })
		.from(outboxMessages)
		.groupBy(outboxMessages.status);
	return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}

/** Notifications waiting for a daily digest, with their users, locked so one digest takes them. */
export function pendingDigestItems(tx: Tx) {
	return tx
		.select({
			id: notifications.id,
			userId: notifications.userId,
			kind: notifications.kind,
			path: notifications.path,
			facts: notifications.facts,
			displayName: users.displayName,
			email: users.email,
			locale: users.locale
		})
		.from(notifications)
		.innerJoin(users, eq(users.id, notifications.userId))
		.where(
			and(
				eq(notifications.delivery, 'digest'),
				isNull(notifications.digestedAt),
				eq(users.active, true)
			)
		)
		.orderBy(asc(notifications.userId), asc(notifications.createdAt))
		.for('update', { of: notifications, skipLocked: true });
}

export async function markDigested(tx: Tx, ids: readonly string[], now: Date): Promise<void> {
	if (ids.length === 0) return;
	await tx
		.update(notifications)
		.set({ digestedAt: now })
		.where(inArray(notifications.id, [...ids]));
}
