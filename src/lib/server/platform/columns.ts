import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, timestamp } from 'drizzle-orm/pg-core';

/** When a record was made and last changed: every table of every module has these two. */
export const createdAt = () =>
	timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
	timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * Keeps a text column (or each element of a text array) to its vocabulary, so the database
 * refuses a value the code would not write. Named `<table>_<column>_check`.
 */
export function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
	const list = sql.raw(values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', '));
	return check(
		name,
		column.columnType === 'PgArray'
			? sql`${column} <@ ARRAY[${list}]::text[]`
			: sql`${column} IN (${list})`
	);
}
