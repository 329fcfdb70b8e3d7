import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per scheduled job and period it ran for. A process claims a period by inserting its row;
 * the primary key lets only one insert win, so each job runs at most once per period however many
 * processes tick and however often they restart.
 */
export const scheduledRuns = pgTable(
	'scheduled_runs',
	{
		job: text('job').notNull(),
		/** The period's key in Asia/Bangkok: `2026-12-08T09` (hour), `2026-12-08` (day), `2026-W50` (week). */
		period: text('period').notNull(),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
		finishedAt: timestamp('finished_at', { withTimezone: true }),
		/** Why the run failed; it is not run again for the same period. */
		error: text('error')
	},
	(table) => [primaryKey({ columns: [table.job, table.period] })]
);
