import { date, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../platform/columns.ts';
import { users } from '../platform/schema.ts';

/**
 * Alerts a user put away. An alert is hidden from that user only while its date is the one
 * dismissed: when the date moves (a review postponed, another round falls due) it shows again.
 */
export const alertDismissals = pgTable(
	'alert_dismissals',
	{
		id: uuid('id').notNull().unique('alert_dismissals_id_key').defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** The alert's key: its kind and record (`rules.ts`, `alertKey`). */
		alertKey: text('alert_key').notNull(),
		/** The alert's date when it was dismissed. */
		dismissedOn: date('dismissed_on', { mode: 'string' }).notNull(),
		createdAt: createdAt()
	},
	(table) => [primaryKey({ columns: [table.userId, table.alertKey] })]
);
