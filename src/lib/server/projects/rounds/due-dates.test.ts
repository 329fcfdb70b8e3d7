import { describe, expect, it } from 'vitest';
import { defaultSchedule, roundsDueBy, roundsOf, scheduleOf } from './due-dates.ts';

describe('roundsOf', () => {
	it('gives twelve monthly rounds from the October report due in November to the September one due in October after the year', () => {
		const rounds = roundsOf(2563, defaultSchedule);
		expect(rounds).toHaveLength(12);
		expect(rounds[0]).toEqual({ round: 1, dueDate: '2019-11-10' });
		expect(rounds[2]).toEqual({ round: 3, dueDate: '2020-01-10' });
		expect(rounds[11]).toEqual({ round: 12, dueDate: '2020-10-10' });
	});

	it('crosses the calendar year at the right month for any day of the month', () => {
		const dates = roundsOf(2566, { cadence: 'monthly', dayOfMonth: 28 }).map((r) => r.dueDate);
		expect(dates).toEqual([
			'2022-11-28',
			'2022-12-28',
			'2023-01-28',
			'2023-02-28',
			'2023-03-28',
			'2023-04-28',
			'2023-05-28',
			'2023-06-28',
			'2023-07-28',
			'2023-08-28',
			'2023-09-28',
			'2023-10-28'
		]);
	});

	it('numbers listed dates in date order', () => {
		const rounds = roundsOf(2566, { cadence: 'dates', dueDates: ['2023-04-10', '2022-12-20'] });
		expect(rounds).toEqual([
			{ round: 1, dueDate: '2022-12-20' },
			{ round: 2, dueDate: '2023-04-10' }
		]);
	});
});

describe('roundsDueBy', () => {
	const rounds = roundsOf(2566, defaultSchedule);

	it('counts a round due on the day itself', () => {
		expect(roundsDueBy(rounds, '2022-11-10')).toHaveLength(1);
		expect(roundsDueBy(rounds, '2022-11-09')).toHaveLength(0);
	});

	it('owes nothing on the first day of the fiscal year and everything a month after it ends', () => {
		expect(roundsDueBy(rounds, '2022-10-01')).toHaveLength(0);
		expect(roundsDueBy(rounds, '2023-09-30')).toHaveLength(11);
		expect(roundsDueBy(rounds, '2023-10-10')).toHaveLength(12);
	});
});

describe('scheduleOf', () => {
	it('reads a year without a stored schedule as the default', () => {
		expect(scheduleOf(undefined)).toEqual(defaultSchedule);
	});

	it('reads stored cadences', () => {
		expect(scheduleOf({ cadence: 'monthly', dayOfMonth: 5, dueDates: [] })).toEqual({
			cadence: 'monthly',
			dayOfMonth: 5
		});
		expect(scheduleOf({ cadence: 'dates', dayOfMonth: null, dueDates: ['2023-01-01'] })).toEqual({
			cadence: 'dates',
			dueDates: ['2023-01-01']
		});
	});
});
