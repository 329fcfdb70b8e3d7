import { describe, expect, it } from 'vitest';
import {
	chosenFiscalYear,
	fiscalYearChoices,
	fiscalYearsBetween,
	formatFiscalYears
} from './fiscal-years.ts';

describe('fiscalYearsBetween', () => {
	it('lists every year, both ends included', () => {
		expect(fiscalYearsBetween(2566, 2570)).toEqual([2566, 2567, 2568, 2569, 2570]);
		expect(fiscalYearsBetween(2568, 2568)).toEqual([2568]);
		expect(fiscalYearsBetween(2570, 2566)).toEqual([]);
	});
});

describe('fiscalYearChoices', () => {
	it('spans every plan and the current year', () => {
		const plans = [
			{ fiscalYearStart: 2566, fiscalYearEnd: 2570 },
			{ fiscalYearStart: 2568, fiscalYearEnd: 2572 }
		];
		expect(fiscalYearChoices(plans, 2569)).toEqual([2566, 2567, 2568, 2569, 2570, 2571, 2572]);
		expect(fiscalYearChoices(plans.slice(0, 1), 2573)).toEqual([
			2566, 2567, 2568, 2569, 2570, 2571, 2572, 2573
		]);
	});

	it('is the current year alone without plans', () => {
		expect(fiscalYearChoices([], 2569)).toEqual([2569]);
	});
});

describe('chosenFiscalYear', () => {
	const years = [2566, 2567, 2568];

	it('takes the year asked for when it is offered', () => {
		expect(chosenFiscalYear('2567', years, 2568)).toBe(2567);
	});

	it('else the current year when offered, else the first', () => {
		expect(chosenFiscalYear(null, years, 2568)).toBe(2568);
		expect(chosenFiscalYear('2599', years, 2568)).toBe(2568);
		expect(chosenFiscalYear('abc', years, 2575)).toBe(2566);
		expect(chosenFiscalYear('', [], 2575)).toBe(2575);
	});
});

describe('formatFiscalYears', () => {
	it('names a period in Buddhist Era years', () => {
		expect(formatFiscalYears(2566, 2570, 'th')).toBe('ปีงบประมาณ 2566–2570');
		expect(formatFiscalYears(2566, 2570, 'en')).toBe('FY2566–2570');
		expect(formatFiscalYears(2568, 2568, 'en')).toBe('FY2568');
	});
});
