import { afterEach, describe, it, expect, vi } from 'vitest';
import {
	addDays,
	TIME_ZONE,
	fiscalYearOf,
	fiscalYearRange,
	formatDate,
	formatDateTime,
	formatFiscalYear,
	formatNumber,
	parseThaiDate,
	toArabicDigits,
	toThaiDigits,
	todayIso
} from './dates';

describe('TIME_ZONE', () => {
	it('is Asia/Bangkok', () => {
		expect(TIME_ZONE).toBe('Asia/Bangkok');
	});
});

describe('toThaiDigits / toArabicDigits', () => {
	it('converts every Arabic digit to its Thai digit', () => {
		expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
	});

	it('converts every Thai digit to its Arabic digit', () => {
		expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
	});

	it('leaves other characters untouched', () => {
		expect(toThaiDigits('ปีงบประมาณ 2563, FY-63')).toBe('ปีงบประมาณ ๒๕๖๓, FY-๖๓');
		expect(toArabicDigits('วันที่ ๑๕ มี.ค. ๒๕๖๔')).toBe('วันที่ 15 มี.ค. 2564');
		expect(toThaiDigits('')).toBe('');
		expect(toArabicDigits('abc')).toBe('abc');
	});

	it('round-trips mixed text', () => {
		const text = 'เลขที่ 12/2563 ลงวันที่ 1 ต.ค. 2562';
		expect(toArabicDigits(toThaiDigits(text))).toBe(text);
	});
});

describe('fiscalYearOf', () => {
	it('puts 30 September in the fiscal year ending that day', () => {
		expect(fiscalYearOf('2019-09-30')).toBe(2562);
		expect(fiscalYearOf('2020-09-30')).toBe(2563);
	});

	it('starts a new fiscal year on 1 October', () => {
		expect(fiscalYearOf('2019-10-01')).toBe(2563);
		expect(fiscalYearOf('2020-10-01')).toBe(2564);
	});

	it('keeps January–September in the fiscal year named after the current BE year', () => {
		expect(fiscalYearOf('2020-01-01')).toBe(2563);
		expect(fiscalYearOf('2019-12-31')).toBe(2563);
	});

	it('takes the calendar date of a Date in Bangkok (UTC+7)', () => {
		// 16:59:59Z is still 30 Sep 23:59:59 in Bangkok.
		expect(fiscalYearOf(new Date('2019-09-30T16:59:59Z'))).toBe(2562);
		// 17:00Z is already 1 Oct 00:00 in Bangkok.
		expect(fiscalYearOf(new Date('2019-09-30T17:00:00Z'))).toBe(2563);
		expect(fiscalYearOf(new Date('2019-09-30T18:00:00Z'))).toBe(2563);
	});

	it('takes the calendar date of a timestamp string in Bangkok', () => {
		expect(fiscalYearOf('2019-09-30T16:59:00Z')).toBe(2562);
		expect(fiscalYearOf('2019-09-30T18:00:00.000Z')).toBe(2563);
		expect(fiscalYearOf('2019-10-01T06:30:00+07:00')).toBe(2563);
		// No offset: read as Bangkok wall-clock time.
		expect(fiscalYearOf('2019-10-01T00:00:00')).toBe(2563);
		expect(fiscalYearOf('2019-09-30 23:59:59')).toBe(2562);
	});

	it('does not shift a date-only string by the time zone', () => {
		expect(fiscalYearOf('2019-10-01')).toBe(2563);
		expect(fiscalYearOf('2019-09-30')).toBe(2562);
	});

	it('throws a RangeError for invalid dates', () => {
		expect(() => fiscalYearOf('')).toThrow(RangeError);
		expect(() => fiscalYearOf('abc')).toThrow(RangeError);
		expect(() => fiscalYearOf('2019-02-29')).toThrow(RangeError);
		expect(() => fiscalYearOf(new Date('nope'))).toThrow(RangeError);
	});
});

describe('fiscalYearRange', () => {
	it('returns 1 October of the previous CE year to 30 September', () => {
		expect(fiscalYearRange(2563)).toEqual({ start: '2019-10-01', end: '2020-09-30' });
		expect(fiscalYearRange(2567)).toEqual({ start: '2023-10-01', end: '2024-09-30' });
	});

	it('is consistent with fiscalYearOf at both ends', () => {
		for (const fy of [2543, 2562, 2563, 2570]) {
			const { start, end } = fiscalYearRange(fy);
			expect(fiscalYearOf(start)).toBe(fy);
			expect(fiscalYearOf(end)).toBe(fy);
		}
	});

	it('rejects non-integer years', () => {
		expect(() => fiscalYearRange(2563.5)).toThrow(RangeError);
		expect(() => fiscalYearRange(Number.NaN)).toThrow(RangeError);
	});
});

describe('formatDate', () => {
	it('formats Thai dates in the Buddhist Era', () => {
		expect(formatDate('2019-10-01', 'th', { style: 'long' })).toBe('1 ตุลาคม 2562');
		expect(formatDate('2019-10-01', 'th', { style: 'medium' })).toBe('1 ต.ค. 2562');
		expect(formatDate('2019-10-01', 'th', { style: 'short' })).toBe('1/10/2562');
	});

	it('shows a date known only to its year as the year, in every style', () => {
		expect(formatDate('2006-01-01', 'th', { precision: 'year' })).toBe('พ.ศ. 2549');
		expect(formatDate('2006-01-01', 'th', { precision: 'year', style: 'short' })).toBe('พ.ศ. 2549');
		expect(formatDate('2006-01-01', 'th', { precision: 'year', thaiDigits: true })).toBe(
			'พ.ศ. ๒๕๔๙'
		);
		expect(formatDate('2006-01-01', 'en', { precision: 'year' })).toBe('2006');
		expect(formatDate('2006-01-01', 'en', { precision: 'day' })).toBe('1 January 2006');
	});

	it('defaults to the long style', () => {
		expect(formatDate('2019-10-01', 'th')).toBe('1 ตุลาคม 2562');
		expect(formatDate('2019-10-01', 'en')).toBe('1 October 2019');
	});

	it('formats English dates in the Gregorian calendar', () => {
		expect(formatDate('2019-10-01', 'en', { style: 'long' })).toBe('1 October 2019');
		expect(formatDate('2019-10-01', 'en', { style: 'medium' })).toBe('1 Oct 2019');
		expect(formatDate('2019-10-01', 'en', { style: 'short' })).toBe('01/10/2019');
	});

	it('uses Thai digits on request', () => {
		expect(formatDate('2019-10-01', 'th', { thaiDigits: true })).toBe('๑ ตุลาคม ๒๕๖๒');
		expect(formatDate('2019-10-01', 'th', { style: 'medium', thaiDigits: true })).toBe(
			'๑ ต.ค. ๒๕๖๒'
		);
		expect(formatDate('2019-10-01', 'th', { style: 'short', thaiDigits: true })).toBe('๑/๑๐/๒๕๖๒');
	});

	it('never uses Thai digits in English', () => {
		expect(formatDate('2019-10-01', 'en', { style: 'medium', thaiDigits: true })).toBe(
			'1 Oct 2019'
		);
	});

	it('shows the Bangkok calendar day of a Date (UTC 17:00 boundary)', () => {
		// (English month abbreviations are avoided for September: ICU writes 'Sept' for en-GB.)
		expect(formatDate(new Date('2019-09-30T16:59:59Z'), 'en', { style: 'short' })).toBe(
			'30/09/2019'
		);
		expect(formatDate(new Date('2019-09-30T16:59:59Z'), 'th', { style: 'medium' })).toBe(
			'30 ก.ย. 2562'
		);
		expect(formatDate(new Date('2019-09-30T17:00:00Z'), 'en', { style: 'medium' })).toBe(
			'1 Oct 2019'
		);
		expect(formatDate(new Date('2019-09-30T18:00:00Z'), 'th', { style: 'medium' })).toBe(
			'1 ต.ค. 2562'
		);
	});

	it('shows the Bangkok calendar day of a timestamp string', () => {
		expect(formatDate('2019-12-31T17:00:00Z', 'th', { style: 'short' })).toBe('1/1/2563');
		expect(formatDate('2019-12-31T16:00:00Z', 'en', { style: 'short' })).toBe('31/12/2019');
	});

	it('keeps a date-only string on its calendar day', () => {
		expect(formatDate('2020-01-01', 'en', { style: 'short' })).toBe('01/01/2020');
		expect(formatDate('2019-12-31', 'en', { style: 'short' })).toBe('31/12/2019');
		expect(formatDate('2020-02-29', 'th', { style: 'long' })).toBe('29 กุมภาพันธ์ 2563');
	});

	it('crosses the BE year at 1 January, not at the fiscal year', () => {
		expect(formatDate('2019-12-31', 'th', { style: 'medium' })).toBe('31 ธ.ค. 2562');
		expect(formatDate('2020-01-01', 'th', { style: 'medium' })).toBe('1 ม.ค. 2563');
	});

	it('returns an empty string for invalid input', () => {
		expect(formatDate('', 'th')).toBe('');
		expect(formatDate('abc', 'en')).toBe('');
		expect(formatDate('2019-02-29', 'th')).toBe('');
		expect(formatDate(new Date(Number.NaN), 'en')).toBe('');
	});
});

describe('formatDateTime', () => {
	it('adds the Bangkok time as HH:mm', () => {
		expect(formatDateTime(new Date('2019-10-01T12:00:00Z'), 'th')).toBe('1 ต.ค. 2562 19:00 น.');
		expect(formatDateTime(new Date('2019-10-01T12:00:00Z'), 'en')).toBe('1 Oct 2019 19:00');
	});

	it('rolls over to the next Bangkok day at UTC 17:00', () => {
		expect(formatDateTime('2019-09-30T16:59:00Z', 'th')).toBe('30 ก.ย. 2562 23:59 น.');
		expect(formatDateTime('2019-09-30T17:00:00Z', 'en')).toBe('1 Oct 2019 00:00');
		expect(formatDateTime('2019-09-30T18:05:00Z', 'th')).toBe('1 ต.ค. 2562 01:05 น.');
	});

	it('reads a timestamp without offset as Bangkok time', () => {
		expect(formatDateTime('2019-10-01T08:30', 'en')).toBe('1 Oct 2019 08:30');
		expect(formatDateTime('2019-10-01 08:30:00+07', 'en')).toBe('1 Oct 2019 08:30');
	});

	it('uses Thai digits on request', () => {
		expect(formatDateTime('2019-10-01T01:30:00Z', 'th', { thaiDigits: true })).toBe(
			'๑ ต.ค. ๒๕๖๒ ๐๘:๓๐ น.'
		);
	});

	it('shows a date-only string at midnight', () => {
		expect(formatDateTime('2019-10-01', 'en')).toBe('1 Oct 2019 00:00');
	});

	it('returns an empty string for invalid input', () => {
		expect(formatDateTime('', 'th')).toBe('');
		expect(formatDateTime('abc', 'en')).toBe('');
		expect(formatDateTime('2019-10-01T25:00:00Z', 'en')).toBe('');
	});
});

describe('formatFiscalYear', () => {
	it('names the fiscal year in Thai', () => {
		expect(formatFiscalYear(2563, 'th')).toBe('ปีงบประมาณ 2563');
		expect(formatFiscalYear(2563, 'th', { thaiDigits: true })).toBe('ปีงบประมาณ ๒๕๖๓');
	});

	it('keeps the BE number in English', () => {
		expect(formatFiscalYear(2563, 'en')).toBe('FY2563');
		expect(formatFiscalYear(2563, 'en', { thaiDigits: true })).toBe('FY2563');
	});
});

describe('formatNumber', () => {
	it('groups thousands', () => {
		expect(formatNumber(1234567, 'th')).toBe('1,234,567');
		expect(formatNumber(1234567, 'en')).toBe('1,234,567');
	});

	it('fixes the number of decimals on request', () => {
		expect(formatNumber(1234567.5, 'th', { fractionDigits: 2 })).toBe('1,234,567.50');
		expect(formatNumber(1234567.5, 'en', { fractionDigits: 2 })).toBe('1,234,567.50');
		expect(formatNumber(2.5, 'th', { fractionDigits: 0 })).toBe('3');
		expect(formatNumber(0, 'th', { fractionDigits: 2 })).toBe('0.00');
	});

	it('drops trailing zeros without fractionDigits', () => {
		expect(formatNumber(1234.5, 'th')).toBe('1,234.5');
	});

	it('formats negative numbers', () => {
		expect(formatNumber(-1500, 'en')).toBe('-1,500');
	});

	it('uses Thai digits on request', () => {
		expect(formatNumber(1234567.5, 'th', { thaiDigits: true, fractionDigits: 2 })).toBe(
			'๑,๒๓๔,๕๖๗.๕๐'
		);
		expect(formatNumber(1234567.5, 'en', { thaiDigits: true, fractionDigits: 2 })).toBe(
			'1,234,567.50'
		);
	});
});

describe('parseThaiDate', () => {
	it('parses numeric Thai dates with /, - and . separators', () => {
		expect(parseThaiDate('15/10/2562')).toBe('2019-10-15');
		expect(parseThaiDate('15-10-2562')).toBe('2019-10-15');
		expect(parseThaiDate('15.10.2562')).toBe('2019-10-15');
		expect(parseThaiDate('1/1/2563')).toBe('2020-01-01');
		expect(parseThaiDate('01/01/2563')).toBe('2020-01-01');
	});

	it('rejects mixed separators', () => {
		expect(parseThaiDate('15/10-2562')).toBeNull();
	});

	it('parses Thai digits', () => {
		expect(parseThaiDate('๑๕/๑๐/๒๕๖๒')).toBe('2019-10-15');
		expect(parseThaiDate('๑๕ มี.ค. ๒๕๖๔')).toBe('2021-03-15');
	});

	it('parses Thai month names and abbreviations', () => {
		expect(parseThaiDate('15 มีนาคม 2564')).toBe('2021-03-15');
		expect(parseThaiDate('1 ต.ค. 62')).toBe('2019-10-01');
		expect(parseThaiDate('วันที่ 1 ตุลาคม พ.ศ. 2562')).toBe('2019-10-01');
		expect(parseThaiDate('วันจันทร์ที่ 30 กันยายน 2562')).toBe('2019-09-30');
		expect(parseThaiDate('1ต.ค.2562')).toBe('2019-10-01');
	});

	it('knows all twelve Thai months in every spelling', () => {
		const months = [
			['มกราคม', 'ม.ค.'],
			['กุมภาพันธ์', 'ก.พ.'],
			['มีนาคม', 'มี.ค.'],
			['เมษายน', 'เม.ย.'],
			['พฤษภาคม', 'พ.ค.'],
			['มิถุนายน', 'มิ.ย.'],
			['กรกฎาคม', 'ก.ค.'],
			['สิงหาคม', 'ส.ค.'],
			['กันยายน', 'ก.ย.'],
			['ตุลาคม', 'ต.ค.'],
			['พฤศจิกายน', 'พ.ย.'],
			['ธันวาคม', 'ธ.ค.']
		] as const;
		months.forEach(([full, abbreviation], index) => {
			const expected = `2021-${String(index + 1).padStart(2, '0')}-05`;
			const withoutDots = abbreviation.replace(/\./g, '');
			const withSpaces = abbreviation.replace(/\./g, '. ').trim();
			expect(parseThaiDate(`5 ${full} 2564`)).toBe(expected);
			expect(parseThaiDate(`5 ${abbreviation} 2564`)).toBe(expected);
			expect(parseThaiDate(`5 ${withoutDots} 2564`)).toBe(expected);
			expect(parseThaiDate(`5 ${withSpaces} 64`)).toBe(expected);
		});
	});

	it('accepts the common misspelling กรกฏาคม', () => {
		expect(parseThaiDate('5 กรกฏาคม 2564')).toBe('2021-07-05');
	});

	it('parses ISO dates', () => {
		expect(parseThaiDate('2019-10-15')).toBe('2019-10-15');
		expect(parseThaiDate(' 2020-02-29 ')).toBe('2020-02-29');
	});

	it('parses English month names and abbreviations', () => {
		expect(parseThaiDate('15 Oct 2019')).toBe('2019-10-15');
		expect(parseThaiDate('15 October 2019')).toBe('2019-10-15');
		expect(parseThaiDate('15 oct. 2019')).toBe('2019-10-15');
		expect(parseThaiDate('1 Sept 2019')).toBe('2019-09-01');
		expect(parseThaiDate('Oct 15, 2019')).toBe('2019-10-15');
		expect(parseThaiDate('Tue, 15 Oct 2019')).toBe('2019-10-15');
		expect(parseThaiDate('15 Oct 2562')).toBe('2019-10-15');
	});

	it('tells BE from CE four-digit years at the 2400 threshold', () => {
		expect(parseThaiDate('15/10/2019')).toBe('2019-10-15');
		expect(parseThaiDate('15/10/2562')).toBe('2019-10-15');
		expect(parseThaiDate('1/1/2400')).toBe('2400-01-01');
		expect(parseThaiDate('1/1/2401')).toBe('1858-01-01');
	});

	it('reads two-digit years as BE', () => {
		expect(parseThaiDate('1/10/62')).toBe('2019-10-01');
		expect(parseThaiDate('1 ต.ค. 63')).toBe('2020-10-01');
		expect(parseThaiDate('31/12/99')).toBe('2056-12-31');
	});

	it('lets an explicit era marker override the guess', () => {
		expect(parseThaiDate('1 ตุลาคม ค.ศ. 2019')).toBe('2019-10-01');
		expect(parseThaiDate('1 ตุลาคม พศ 2562')).toBe('2019-10-01');
		expect(parseThaiDate('15 Oct A.D. 2019')).toBe('2019-10-15');
	});

	it('validates days including leap years', () => {
		// CE 2020 = BE 2563 is a leap year, 2019 = 2562 is not.
		expect(parseThaiDate('29/02/2563')).toBe('2020-02-29');
		expect(parseThaiDate('29 ก.พ. 2563')).toBe('2020-02-29');
		expect(parseThaiDate('29/02/2020')).toBe('2020-02-29');
		expect(parseThaiDate('29/02/2562')).toBeNull();
		expect(parseThaiDate('29/02/2019')).toBeNull();
		// Century rule: 2000 (BE 2543) is leap, 1900 (BE 2443) is not.
		expect(parseThaiDate('29/02/2543')).toBe('2000-02-29');
		expect(parseThaiDate('29/02/2443')).toBeNull();
		expect(parseThaiDate('31/02/2563')).toBeNull();
		expect(parseThaiDate('31/04/2563')).toBeNull();
		expect(parseThaiDate('30/04/2563')).toBe('2020-04-30');
		expect(parseThaiDate('31/12/2563')).toBe('2020-12-31');
		expect(parseThaiDate('2019-02-29')).toBeNull();
	});

	it('returns null for text that is not a date', () => {
		expect(parseThaiDate('')).toBeNull();
		expect(parseThaiDate('   ')).toBeNull();
		expect(parseThaiDate('abc')).toBeNull();
		expect(parseThaiDate('วันที่')).toBeNull();
		expect(parseThaiDate('0/10/2562')).toBeNull();
		expect(parseThaiDate('15/13/2562')).toBeNull();
		expect(parseThaiDate('10/15/2019')).toBeNull();
		expect(parseThaiDate('15/10/562')).toBeNull();
		expect(parseThaiDate('15/10')).toBeNull();
		expect(parseThaiDate('15 ตุลา 2562')).toBeNull();
		expect(parseThaiDate('15 Foo 2019')).toBeNull();
		expect(parseThaiDate('2019-13-01')).toBeNull();
		expect(parseThaiDate('15/10/2562 abc')).toBeNull();
	});
});

describe('todayIso', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('returns the Bangkok date before and after UTC 17:00', () => {
		vi.useFakeTimers();
		vi.setSystemTime(new Date('2019-09-30T16:59:59Z'));
		expect(todayIso()).toBe('2019-09-30');
		vi.setSystemTime(new Date('2019-09-30T17:00:00Z'));
		expect(todayIso()).toBe('2019-10-01');
		vi.setSystemTime(new Date('2019-12-31T18:00:00Z'));
		expect(todayIso()).toBe('2020-01-01');
	});

	it('returns an ISO date string', () => {
		expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});

describe('addDays', () => {
	it('moves across months, leap days and years, both ways', () => {
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
		expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
		expect(addDays('2025-03-01', 90)).toBe('2025-05-30');
	});
});
