import { and, arrayOverlaps, desc, eq, exists, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/index.ts';
import { userAgencies, users } from '../platform/schema.ts';
import type { Role } from '../platform/index.ts';
import { type Delivery, defaultDelivery, type NotificationKind } from './kinds.ts';
import { notificationPreferences, notifications, outboxMessages } from './schema.ts';

/** The active users among those given, each with how they want this kind by e-mail. */
export async function activeRecipients(
	executor: Executor,
	userIds: readonly string[],
	kind: NotificationKind
) {
	const rows = await executor
		.select({
			id: users.id,
			displayName: users.displayName,
			email: users.email,
			locale: users.locale,
			delivery: notificationPreferences.delivery
		})
		.from(users)
		.leftJoin(
			notificationPreferences,
			and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.kind, kind))
		)
		.where(and(inArray(users.id, [...userIds]), eq(users.active, true)))
		.orderBy(users.id);
	return rows.map((row) => ({ ...row, delivery: (row.delivery ?? defaultDelivery) as Delivery }));
}

/** Active users with one of the roles, and when agencies are given, belonging to one of them. */
export async function activeUsersWithRoles(
	executor: Executor,
	roles: readonly Role[],
	agencyIds?: readonly string[]
): Promise<string[]> {
	const rows = await executor
		.select({ id: users.id })
		.from(users)
		.where(
			and(
				eq(users.active, true),
				arrayOverlaps(users.roles, [...roles]),
				agencyIds
					? exists(
							executor
								.select({ userId: userAgencies.userId })
								.from(userAgencies)
								.where(
									and(
										eq(userAgencies.userId, users.id),
										inArray(userAgencies.agencyId, [...agencyIds])
									)
								)
						)
					: undefined
			)
		)
		.orderBy(users.id);
	return rows.map((row) => row.id);
}

/** Writes a notification; null when its once-key was already written for that kind and user. */
export async function insertNotification(
	executor: Executor,
	values: typeof notifications.$inferInsert
): Promise<string | null> {
	const [row] = await executor
		.insert(notifications)
		.values(values)
		.onConflictDoNothing()
		.returning({ id: notifications.id });
	return row?.id ?? null;
}

export async function insertOutboxMessage(
	executor: Executor,
	values: typeof outboxMessages.$inferInsert
): Promise<void> {
	await executor.insert(outboxMessages).values(values);
}

export const inboxPageSize = 100;

/** A user's newest notifications first. */
export function ownNotifications(executor: Executor, userId: string) {
	return executor
		.select()
		.from(notifications)
		.where(eq(notifications.userId, userId))
		.orderBy(desc(notifications.createdAt), desc(notifications.id))
		.limit(inboxPageSize);
}

export async function countOwnUnread(executor: Executor, userId: string): Promise<number> {
	const [row] = await executor
		.select({ count: sql<number>`count(*)::int` })
		.from(notifications)
		.where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
	return Number(row?.count ?? 0);
}

/** Marks a user's unread notifications read: those given, or all. Returns how many. */
export async function markOwnRead(
	executor: Executor,
	userId: string,
	ids: readonly string[] | undefined,
	now: Date
): Promise<number> {
	const rows = await executor
		.update(notifications)
		.set({ readAt: now })
		.where(
			and(
				eq(notifications.userId, userId),
				isNull(notifications.readAt),
				ids ? inArray(notifications.id, [...ids]) : undefined
			)
		)
		.returning({ id: notifications.id });
	return rows.length;
}

export async function ownPreferenceRows(executor: Executor, userId: string) {
	return executor
		.select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
		.from(notificationPreferences)
		.where(eq(notificationPreferences.userId, userId));
}

export async function upsertPreferences(
	executor: Executor,
	userId: string,
	choices: readonly { kind: NotificationKind; delivery: Delivery }[]
): Promise<void> {
	if (choices.length === 0) return;
	await executor
		.insert(notificationPreferences)
		.values(choices.map((choice) => ({ userId, ...choice })))
		.onConflictDoUpdate({
			target: [notificationPreferences.userId, notificationPreferences.kind],
			set: { delivery: sql`excluded.delivery`, updatedAt: sql`now()` }
		});
}
