import { describe, expect, it } from 'vitest';
import { formDate, formLines, formNumber, formVersion, formYesNo } from './form-fields.ts';

describe('form fields', () => {
	it('reads amounts with Thai digits and separators; empty is none, words are not numbers', () => {
		expect(formNumber('1,500,000')).toBe(1_500_000);
		expect(formNumber('๒๕.๕')).toBe(25.5);
		expect(formNumber('  ')).toBeUndefined();
		expect(formNumber('lots')).toBeNaN();
	});

	it('reads dates as Thai users write them, and passes on what is not a date', () => {
		expect(formDate('15/10/2562')).toBe('2019-10-15');
		expect(formDate('2020-09-29')).toBe('2020-09-29');
		expect(formDate('')).toBeNull();
		expect(formDate('31/02/2563')).toBe('31/02/2563');
	});

	it('reads yes, no and not stated; lists one per line; versions only as whole numbers', () => {
		expect([formYesNo('yes'), formYesNo('no'), formYesNo('')]).toEqual([true, false, null]);
		expect(formLines('  first \r\n\n second\n')).toEqual(['first', 'second']);
		expect(formVersion('3')).toBe(3);
		expect(formVersion('')).toBeUndefined();
		expect(formVersion('3a')).toBeUndefined();
	});
});
