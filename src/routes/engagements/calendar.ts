import { fieldLimits } from '#lib/server/platform/index.ts';

/** The month a calendar shows: `YYYY-MM` from the address, else the month of today. */
export function monthOf(requested: string | null, today: string): string {
	const inRange = (month: string) =>
		month >= fieldLimits.firstDay.slice(0, 7) && month <= fieldLimits.lastDay.slice(0, 7);
	if (requested && /^\d{4}-(0[1-9]|1[0-2])$/.test(requested) && inRange(requested))
		return requested;
	return today.slice(0, 7);
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A month as weeks of days starting on Monday, each day ISO or null outside the month, with the
 * month's first and last day and its neighbours.
 */
export function monthGrid(month: string) {
	const [year, monthNumber] = month.split('-').map(Number) as [number, number];
	const first = new Date(Date.UTC(year, monthNumber - 1, 1));
	const last = new Date(Date.UTC(year, monthNumber, 0));
	const lead = (first.getUTCDay() + 6) % 7;
	const days: (string | null)[] = Array.from({ length: lead }, () => null);
	for (let day = 1; day <= last.getUTCDate(); day++) {
		days.push(iso(new Date(Date.UTC(year, monthNumber - 1, day))));
	}
	while (days.length % 7) days.push(null);
	const weeks: (string | null)[][] = [];
	for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
	const shift = (by: number) => iso(new Date(Date.UTC(year, monthNumber - 1 + by, 1))).slice(0, 7);
	return { first: iso(first), last: iso(last), weeks, previous: shift(-1), next: shift(1) };
}
