import { timestamp } from 'drizzle-orm/pg-core';

/** When a record was made and last changed: every table of every module has these two. */
export const createdAt = () =>
	timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
	timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
