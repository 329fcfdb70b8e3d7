import { describe, expect, it } from 'vitest';
import { parseScheduleForm } from './schedule-form.ts';

describe('parseScheduleForm', () => {
	it('reads Thai-typed due dates one per line as ISO dates', () => {
		const input = parseScheduleForm(
			{ cadence: 'dates', dayOfMonth: '', dueDates: '10/11/2565\r\n\n 15 ธ.ค. 2565 \n2023-01-10' },
			'2'
		);
		expect(input).toEqual({
			cadence: 'dates',
			dayOfMonth: undefined,
			dueDates: ['2022-11-10', '2022-12-15', '2023-01-10'],
			version: 2
		});
	});

	it('keeps what is not a date as typed, for the refusal to name; reads Thai digits; no version is none', () => {
		const input = parseScheduleForm(
			{ cadence: 'monthly', dayOfMonth: 'สิบ', dueDates: '31/02/2566' },
			''
		);
		expect(input.dayOfMonth).toBeNaN();
		expect(input.dueDates).toEqual(['31/02/2566']);
		expect(input.version).toBeUndefined();
		expect(parseScheduleForm({ cadence: 'monthly', dayOfMonth: '๑๐', dueDates: '' }, '0')).toEqual({
			cadence: 'monthly',
			dayOfMonth: 10,
			dueDates: [],
			version: 0
		});
	});
});
