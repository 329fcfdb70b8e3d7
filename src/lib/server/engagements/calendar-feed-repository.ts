import { and, eq, isNull } from 'drizzle-orm';
import type { Executor, Tx } from '../db/index.ts';
import { users } from '../platform/schema.ts';
import { calendarFeeds } from './schema.ts';

export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;

/** A user's live calendar feed, if any. */
export async function liveCalendarFeed(
	executor: Executor,
	userId: string
): Promise<CalendarFeedRow | undefined> {
	const [feed] = await executor
		.select()
		.from(calendarFeeds)
		.where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
	return feed;
}

/**
 * Locks the user's row until the transaction ends, so that two changes of their feed at once
 * (two tabs, a double click) run one after the other rather than both inserting a live feed.
 */
export async function lockCalendarFeedsOf(tx: Tx, userId: string): Promise<void> {
	await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
}

export async function insertCalendarFeed(
	executor: Executor,
	feed: { userId: string; secretHash: string }
): Promise<CalendarFeedRow> {
	const [row] = await executor.insert(calendarFeeds).values(feed).returning();
	if (!row) throw new Error('could not insert calendar feed');
	return row;
}

/** Revokes a user's live feed; returns it revoked, or undefined when there was none. */
export async function markCalendarFeedRevoked(
	executor: Executor,
	userId: string
): Promise<CalendarFeedRow | undefined> {
	const [revoked] = await executor
		.update(calendarFeeds)
		.set({ revokedAt: new Date() })
		.where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
		.returning();
	return revoked;
}

/** Notes the reading of the live feed with this digest; returns whose it is, if any. */
export async function markLiveCalendarFeedRead(
	executor: Executor,
	secretHash: string,
	now: Date
): Promise<string | undefined> {
	const [feed] = await executor
		.update(calendarFeeds)
		.set({ lastReadAt: now })
		.where(and(eq(calendarFeeds.secretHash, secretHash), isNull(calendarFeeds.revokedAt)))
		.returning({ userId: calendarFeeds.userId });
	return feed?.userId;
}
