import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, updatedAt } from '../platform/columns.ts';
import { users } from '../platform/schema.ts';
import { deliveries, notificationKinds, outboxStatuses } from './kinds.ts';

/** What the app shows a user: one row per event and recipient. */
export const notifications = pgTable(
	'notifications',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: notificationKinds }).notNull(),
		/** The record's page, from the site's root. */
		path: text('path').notNull(),
		facts: jsonb('facts').$type<Record<string, string | number>>().notNull(),
		/** A kind, recipient and key written once only (reminders). */
		onceKey: text('once_key'),
		/** How the user wanted it by e-mail when it was written. */
		delivery: text('delivery', { enum: deliveries }).notNull(),
		/** When a daily digest carried it (delivery `digest`). */
		digestedAt: timestamp('digested_at', { withTimezone: true }),
		readAt: timestamp('read_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(table) => [
		index('notifications_user_idx').on(table.userId, table.createdAt),
		uniqueIndex('notifications_once_key')
			.on(table.kind, table.userId, table.onceKey)
			.where(sql`${table.onceKey} IS NOT NULL`),
		index('notifications_digest_idx')
			.on(table.userId)
			.where(sql`${table.delivery} = 'digest' AND ${table.digestedAt} IS NULL`),
		oneOf('notifications_kind_check', table.kind, notificationKinds),
		oneOf('notifications_delivery_check', table.delivery, deliveries)
	]
);

/** Each user's choice per kind; a kind without a row is delivered as each event. */
export const notificationPreferences = pgTable(
	'notification_preferences',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: notificationKinds }).notNull(),
		delivery: text('delivery', { enum: deliveries }).notNull(),
		updatedAt: updatedAt()
	},
	(table) => [
		primaryKey({ columns: [table.userId, table.kind] }),
		oneOf('notification_preferences_kind_check', table.kind, notificationKinds),
		oneOf('notification_preferences_delivery_check', table.delivery, deliveries)
	]
);

/**
 * E-mail waiting to be delivered, written in the transaction of the event that causes it, and
 * kept once sent: one row per message, with a Message-ID fixed when it is written.
 */
export const outboxMessages = pgTable(
	'outbox_messages',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		recipient: text('recipient').notNull(),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		html: text('html').notNull(),
		messageId: text('message_id').notNull(),
		status: text('status', { enum: outboxStatuses }).notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
		/** Until when the worker that claimed it may still be delivering it. */
		leaseUntil: timestamp('lease_until', { withTimezone: true }),
		lastError: text('last_error'),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		uniqueIndex('outbox_messages_message_id_key').on(table.messageId),
		index('outbox_messages_due_idx')
			.on(table.nextAttemptAt)
			.where(sql`${table.status} = 'pending'`),
		index('outbox_messages_created_idx').on(table.createdAt),
		oneOf('outbox_messages_status_check', table.status, outboxStatuses)
	]
);
