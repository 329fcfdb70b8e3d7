import { formDate, formLines } from '#lib/server/platform/index.ts';

/** The schedule form as typed, to show back when it is refused. */
export interface ScheduleFormValues {
	cadence: string;
	dayOfMonth: string;
	dueDates: string;
}

/**
 * The schedule input a form sends: due dates one per line, typed the Thai way or as ISO; a line
 * that is not a date is kept as typed, so the refusal names it.
 */
export function parseScheduleForm(values: ScheduleFormValues, version: string) {
	const day = values.dayOfMonth.trim();
	const dayNumber = Number(day);
	return {
		cadence: values.cadence,
		dayOfMonth: day === '' ? undefined : Number.isFinite(dayNumber) ? dayNumber : day,
		dueDates: formLines(values.dueDates).map((line) => formDate(line) ?? line),
		version: Number(version) || 0
	};
}
