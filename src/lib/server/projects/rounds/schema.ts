import { integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, oneOf, updatedAt } from '../../platform/columns.ts';
import { users } from '../../platform/schema.ts';
import { roundCadences } from './kinds.ts';

/**
 * When the progress reports of a fiscal year are due. A year without a row follows the default:
 * monthly, each month's report due on the 10th of the month after. The IAO may change it.
 */
export const projectRoundSchedules = pgTable(
	'project_round_schedules',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		fiscalYear: integer('fiscal_year').notNull().unique('project_round_schedules_fiscal_year_key'),
		cadence: text('cadence', { enum: roundCadences }).notNull(),
		/** For the monthly cadence: the day of the month after each month when its report is due. */
		dayOfMonth: integer('day_of_month'),
		/** For the dates cadence: every due date of the year, in order. */
		dueDates: jsonb('due_dates').$type<string[]>().notNull().default([]),
		updatedBy: uuid('updated_by').references(() => users.id),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [oneOf('project_round_schedules_cadence_check', table.cadence, roundCadences)]
);
