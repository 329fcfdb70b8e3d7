import type { z } from 'zod';
import type { Locale } from '../../i18n/index.ts';
import type { Db } from '../db/index.ts';
import { type Actor, authorize, type ChangeContext, recordAudit } from '../platform/index.ts';
import {
	type Delivery,
	defaultDelivery,
	type NotificationKind,
	notificationKinds
} from './kinds.ts';
import {
	countOwnUnread,
	markOwnRead,
	ownNotifications,
	ownPreferenceRows,
	upsertPreferences
} from './repository.ts';
import type { notificationListSchema } from './responses.ts';
import type { PreferencesInput } from './schemas.ts';
import { noticeBody, noticeSubject } from './templates.ts';

const own = (actor: Actor) => actor.id ?? '';

/** The reader's newest notifications, told in their language, and how many are unread. */
export async function listOwnNotifications(
	db: Db,
	actor: Actor,
	locale: Locale
): Promise<z.input<typeof notificationListSchema>> {
	authorize(actor, 'notification.use');
	const rows = await ownNotifications(db, own(actor));
	return {
		unread: await countOwnUnread(db, own(actor)),
		items: rows.map((row) => {
			const { sentence, comment } = noticeBody(locale, row.kind, row.facts);
			return {
				id: row.id,
				kind: row.kind,
				title: noticeSubject(locale, row.kind, row.facts),
				text: sentence,
				comment,
				path: row.path,
				createdAt: row.createdAt.toISOString(),
				readAt: row.readAt?.toISOString() ?? null
			};
		})
	};
}

/** How many of the reader's notifications are unread, for the header. */
export function countUnreadNotifications(db: Db, actor: Actor): Promise<number> {
	authorize(actor, 'notification.use');
	return countOwnUnread(db, own(actor));
}

/**
 * Marks the reader's own notifications read: those given (others' are left alone), or all.
 * Reading is not audited: it changes nothing but the reader's own list.
 */
export function markNotificationsRead(
	db: Db,
	{ actor }: ChangeContext,
	ids?: readonly string[]
): Promise<number> {
	authorize(actor, 'notification.use');
	return markOwnRead(db, own(actor), ids, new Date());
}

/** The reader's choice for every kind; a kind never chosen is each event. */
export async function ownNotificationPreferences(
	db: Db,
	actor: Actor
): Promise<Record<NotificationKind, Delivery>> {
	authorize(actor, 'notification.use');
	const chosen = new Map(
		(await ownPreferenceRows(db, own(actor))).map((row) => [row.kind, row.delivery])
	);
	return Object.fromEntries(
		notificationKinds.map((kind) => [kind, chosen.get(kind) ?? defaultDelivery])
	) as Record<NotificationKind, Delivery>;
}

/** Changes the reader's choices for the kinds given, audited; returns every kind's choice. */
export async function setOwnNotificationPreferences(
	db: Db,
	context: ChangeContext,
	input: PreferencesInput
): Promise<Record<NotificationKind, Delivery>> {
	authorize(context.actor, 'notification.use');
	const before = await ownNotificationPreferences(db, context.actor);
	await db.transaction(async (tx) => {
		const choices = notificationKinds.flatMap((kind) => {
			const delivery = input[kind];
			return delivery ? [{ kind, delivery }] : [];
		});
		await upsertPreferences(tx, own(context.actor), choices);
		await recordAudit(tx, context, {
			action: 'update',
			entityType: 'notification_preferences',
			entityId: own(context.actor),
			before,
			after: { ...before, ...input }
		});
	});
	return ownNotificationPreferences(db, context.actor);
}
