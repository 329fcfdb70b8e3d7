import { formatFiscalYear, type Locale } from '#lib/dates.ts';

/** Every fiscal year from `start` to `end`, both included. */
export function fiscalYearsBetween(start: number, end: number): number[] {
	return Array.from({ length: Math.max(0, end - start + 1) }, (_, index) => start + index);
}

/** The years a selector offers for these plans, the current fiscal year always among them. */
export function fiscalYearChoices(
	plans: readonly { fiscalYearStart: number; fiscalYearEnd: number }[],
	current: number
): number[] {
	const starts = plans.map((plan) => plan.fiscalYearStart);
	const ends = plans.map((plan) => plan.fiscalYearEnd);
	return fiscalYearsBetween(Math.min(current, ...starts), Math.max(current, ...ends));
}

/** The year asked for when it is one of the choices; else the current one if offered, else the first. */
export function chosenFiscalYear(
	asked: string | null,
	choices: readonly number[],
	current: number
): number {
	const year = Number(asked);
	if (asked && choices.includes(year)) return year;
	return choices.includes(current) ? current : (choices[0] ?? current);
}

/** A plan's period: `ปีงบประมาณ 2566–2570`, `FY2566–2570`. */
export function formatFiscalYears(start: number, end: number, locale: Locale): string {
	const first = formatFiscalYear(start, locale);
	return start === end ? first : `${first}–${end}`;
}
