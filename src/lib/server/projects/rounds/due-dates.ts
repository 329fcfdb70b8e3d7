import { fiscalYearRange } from '../../../dates.ts';
import type { RoundCadence } from './kinds.ts';

/** How a fiscal year's reports fall due: a day of each following month, or listed dates. */
export type RoundSchedule =
	{ cadence: 'monthly'; dayOfMonth: number } | { cadence: 'dates'; dueDates: readonly string[] };

/** The default when the IAO has set nothing: each month's report due on the 10th of the month after. */
export const defaultDayOfMonth = 10;
export const defaultSchedule: RoundSchedule = { cadence: 'monthly', dayOfMonth: defaultDayOfMonth };

/** The latest day of the month a monthly schedule may name, so that every month has it. */
export const maxDayOfMonth = 28;
/** The most rounds a year may have: twice a month. */
export const maxRounds = 24;

export interface Round {
	/** 1 for the year's first round; a project's report of this sequence answers it. */
	round: number;
	dueDate: string;
}

const iso = (year: number, month: number, day: number) =>
	`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * The rounds of a fiscal year (BE, October to September). Monthly: the report of October is due on
 * `dayOfMonth` November, …, the report of September on `dayOfMonth` October after the year ends.
 */
export function roundsOf(fiscalYear: number, schedule: RoundSchedule): Round[] {
	if (schedule.cadence === 'dates') {
		return [...schedule.dueDates].sort().map((dueDate, index) => ({ round: index + 1, dueDate }));
	}
	const startYear = Number(fiscalYearRange(fiscalYear).start.slice(0, 4));
	return Array.from({ length: 12 }, (_, index) => {
		// October is month 10 of the start year; its report falls due the month after.
		const month = 10 + index + 1;
		const year = startYear + Math.floor((month - 1) / 12);
		return {
			round: index + 1,
			dueDate: iso(year, ((month - 1) % 12) + 1, schedule.dayOfMonth)
		};
	});
}

/** The rounds due on or before a day: what a project of the year should have reported by then. */
export function roundsDueBy(rounds: readonly Round[], day: string): Round[] {
	return rounds.filter((round) => round.dueDate <= day);
}

/** A stored schedule as the rules above read it; a year without one follows the default. */
export function scheduleOf(
	row: { cadence: RoundCadence; dayOfMonth: number | null; dueDates: string[] } | undefined
): RoundSchedule {
	if (!row) return defaultSchedule;
	return row.cadence === 'dates'
		? { cadence: 'dates', dueDates: row.dueDates }
		: { cadence: 'monthly', dayOfMonth: row.dayOfMonth ?? defaultDayOfMonth };
}
