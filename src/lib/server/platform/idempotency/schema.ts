import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../schema.ts';

/**
 * The first answer to an API create sent with an `Idempotency-Key`, kept so that a retry with the
 * same key gets it again instead of creating a second record. A key belongs to the user who sent
 * it; the row is written in the create's own transaction, so it exists exactly when the record
 * does.
 */
export const idempotencyKeys = pgTable(
	'idempotency_keys',
	{
		actorId: uuid('actor_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		key: text('key').notNull(),
		/** SHA-256 of the method, path and body: the same key with another request is refused. */
		requestHash: text('request_hash').notNull(),
		responseStatus: integer('response_status'),
		responseBody: text('response_body'),
		responseLocation: text('response_location'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.actorId, table.key] }),
		index('idempotency_keys_created_idx').on(table.createdAt)
	]
);
