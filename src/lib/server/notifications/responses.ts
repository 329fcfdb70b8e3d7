import { z } from 'zod';
import { deliveries, notificationKinds, outboxStatuses, perKind } from './kinds.ts';

/** A notification as its reader sees it, told in the reader's language. */
export const notificationSchema = z
	.object({
		id: z.uuid(),
		kind: z.enum(notificationKinds),
		title: z.string(),
		text: z.string(),
		comment: z.string().nullable(),
		path: z.string().meta({ description: "The record's page, from the site's root" }),
		createdAt: z.iso.datetime(),
		readAt: z.iso.datetime().nullable()
	})
	.meta({ id: 'Notification' });

export const notificationListSchema = z
	.object({ unread: z.number().int(), items: z.array(notificationSchema) })
	.meta({ id: 'NotificationList' });

export const markedReadSchema = z.object({ marked: z.number().int() }).meta({ id: 'MarkedRead' });

export const preferencesSchema = perKind(z.enum(deliveries)).meta({
	id: 'NotificationPreferences'
});

/** An outbox message as administrators see it, without its body. */
export const outboxMessageSchema = z.object({
	id: z.uuid(),
	recipient: z.string(),
	subject: z.string(),
	status: z.enum(outboxStatuses),
	attempts: z.number().int(),
	nextAttemptAt: z.date(),
	lastError: z.string().nullable(),
	sentAt: z.date().nullable(),
	createdAt: z.date()
});
