import { z } from 'zod';

/** The notifications module's fixed lists. */

/** What a notification is about; each has its template in both catalogs (`notification.<kind>.*`). */
export const notificationKinds = [
	'review.submitted',
	'review.returned',
	'review.approved',
	'circular.received',
	'reminder.dueSoon',
	'reminder.overdue',
	'commitment.due',
	'agreement.reviewDue',
	'digest.weekly'
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** How a user wants a kind by e-mail: each event, a daily digest, or none (always in the app). */
export const deliveries = ['each', 'digest', 'none'] as const;
export type Delivery = (typeof deliveries)[number];
export const defaultDelivery: Delivery = 'each';

/**
 * An outbox message is pending until a worker claims it (sending), then sent, or pending again
 * for a retry, or failed after the last attempt. One whose worker stopped mid-delivery is
 * unconfirmed: it may have reached the mail server, so it is not sent again unless an
 * administrator asks (decision 0022).
 */
export const outboxStatuses = ['pending', 'sending', 'sent', 'failed', 'unconfirmed'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** An object with one property per kind, each of the schema given. */
export const perKind = <T extends z.ZodType>(value: T) =>
	z.object(
		Object.fromEntries(notificationKinds.map((kind) => [kind, value])) as Record<
			NotificationKind,
			T
		>
	);
