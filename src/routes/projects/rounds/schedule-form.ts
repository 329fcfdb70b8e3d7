import { formDate, formLines, formNumber, formVersion } from '#lib/server/platform/index.ts';

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
	return {
		cadence: values.cadence,
		dayOfMonth: formNumber(values.dayOfMonth),
		dueDates: formLines(values.dueDates).map((line) => formDate(line) ?? line),
		version: formVersion(version)
	};
}
