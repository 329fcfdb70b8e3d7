import { z } from 'zod';
import { date, integer, queryText } from '../../platform/index.ts';
import { maxDayOfMonth, maxRounds } from './due-dates.ts';
import { roundCadences } from './kinds.ts';

/** A fiscal year's schedule as the IAO sets it; the dates are checked against the year when saved. */
export const roundScheduleInputSchema = z
	.object({
		cadence: z.enum(roundCadences),
		/** Monthly: the day of the month after each month when its report is due (1–28). */
		dayOfMonth: z
			.number({ error: 'validation.number' })
			.int({ error: 'validation.dayOfMonth' })
			.min(1, { error: 'validation.dayOfMonth' })
			.max(maxDayOfMonth, { error: 'validation.dayOfMonth' })
			.optional(),
		/** Listed dates: every due date of the year (ISO), 1 to 24 of them. */
		dueDates: z
			.array(z.string().trim().max(40))
			.max(maxRounds, { error: 'validation.tooManyRounds' })
			.optional(),
		/** The version the user saw: 0 while the year follows the default schedule. */
		version: integer(0)
	})
	.meta({ id: 'RoundScheduleInput' });

export type RoundScheduleInput = z.output<typeof roundScheduleInputSchema>;

/** The fiscal year of a rounds path or query (BE). */
export const roundFiscalYearSchema = z.coerce
	.number({ error: 'validation.fiscalYear' })
	.int({ error: 'validation.fiscalYear' })
	.min(2500, { error: 'validation.fiscalYear' })
	.max(2700, { error: 'validation.fiscalYear' });

export const roundStatusQuerySchema = z.object({
	/** The fiscal year (BE); the current one when not given. */
	fiscalYear: roundFiscalYearSchema.optional(),
	/** An agency's id or code, as lead or supporting agency. */
	agency: queryText(100),
	/** The day the counts are taken on (ISO); today in Bangkok when not given. */
	asOf: date().optional()
});
