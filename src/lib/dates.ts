/**
 * Date, fiscal-year and number helpers for Saphan.
 *
 * Pure TypeScript without dependencies, safe to import from both browser and server code.
 * All calendar logic happens in the Asia/Bangkok time zone (UTC+07:00, no daylight saving).
 *
 * Accepted `Date | string` values:
 * - a `Date` instance (its calendar date/time is taken in Asia/Bangkok);
 * - a date-only ISO string `YYYY-MM-DD`, meaning exactly that calendar day (never shifted);
 * - a full ISO timestamp `YYYY-MM-DDTHH:mm[:ss[.fff]][Z|±HH[:mm]]` (a space instead of `T` is
 *   accepted too). A timestamp without an offset is read as Bangkok wall-clock time.
 *
 * The `thaiDigits` option only affects the Thai locale; English output always uses Arabic digits.
 */

export const TIME_ZONE = 'Asia/Bangkok';

export type Locale = 'th' | 'en';

/** Difference between the Buddhist Era (พ.ศ.) and the Common Era (ค.ศ.). */
const BE_OFFSET = 543;

/** A 4-digit year above this value is read as a Buddhist Era year. */
const BE_THRESHOLD = 2400;

const THAI_ZERO = 0x0e50;
const ARABIC_ZERO = 0x30;

// ---------------------------------------------------------------------------
// Digits
// ---------------------------------------------------------------------------

/** Replaces the Arabic digits 0–9 with Thai digits ๐–๙. Other characters are kept. */
export function toThaiDigits(text: string): string {
	return text.replace(/[0-9]/g, (digit) =>
		String.fromCharCode(digit.charCodeAt(0) - ARABIC_ZERO + THAI_ZERO)
	);
}

/** Replaces the Thai digits ๐–๙ (U+0E50–U+0E59) with Arabic digits 0–9. Other characters are kept. */
export function toArabicDigits(text: string): string {
	return text.replace(/[\u0E50-\u0E59]/g, (digit) =>
		String.fromCharCode(digit.charCodeAt(0) - THAI_ZERO + ARABIC_ZERO)
	);
}

// ---------------------------------------------------------------------------
// Calendar internals
// ---------------------------------------------------------------------------

interface CalendarParts {
	/** Gregorian (CE) year. */
	year: number;
	/** 1–12 */
	month: number;
	/** 1–31 */
	day: number;
	hour: number;
	minute: number;
}

interface ResolvedValue {
	/** An instant that falls on the intended calendar day in Asia/Bangkok. */
	instant: Date;
	/** Calendar date and wall-clock time in Asia/Bangkok. */
	parts: CalendarParts;
}

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidDay(year: number, month: number, day: number): boolean {
	return (
		Number.isInteger(year) &&
		Number.isInteger(month) &&
		Number.isInteger(day) &&
		year >= 1 &&
		year <= 9999 &&
		month >= 1 &&
		month <= 12 &&
		day >= 1 &&
		day <= daysInMonth(year, month)
	);
}

function pad(value: number, length = 2): string {
	return String(value).padStart(length, '0');
}

function isoDate(year: number, month: number, day: number): string {
	return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let formatter = formatterCache.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE });
		formatterCache.set(key, formatter);
	}
	return formatter;
}

/** Calendar date and wall-clock time of an instant in Asia/Bangkok (Gregorian calendar). */
function bangkokParts(instant: Date): CalendarParts {
	const formatter = dateTimeFormat('en-US-u-ca-gregory-nu-latn', {
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		hourCycle: 'h23'
	});
	const parts: CalendarParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
	for (const part of formatter.formatToParts(instant)) {
		if (
			part.type === 'year' ||
			part.type === 'month' ||
			part.type === 'day' ||
			part.type === 'hour' ||
			part.type === 'minute'
		) {
			parts[part.type] = Number(part.value);
		}
	}
	return parts;
}

/** Noon in Bangkok (05:00 UTC) on the given calendar day: safely inside that day. */
function noonInBangkok(year: number, month: number, day: number): Date {
	const instant = new Date(Date.UTC(2000, month - 1, day, 5));
	instant.setUTCFullYear(year);
	return instant;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP =
	/^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function normaliseOffset(offset: string | undefined): string {
	if (!offset) return '+07:00';
	if (offset.toUpperCase() === 'Z') return 'Z';
	const sign = offset.charAt(0);
	const digits = offset.slice(1).replace(':', '');
	return `${sign}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

function resolve(value: Date | string): ResolvedValue | null {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return null;
		return { instant: value, parts: bangkokParts(value) };
	}
	if (typeof value !== 'string') return null;
	const text = value.trim();

	const dateOnly = DATE_ONLY.exec(text);
	if (dateOnly) {
		const year = Number(dateOnly[1]);
		const month = Number(dateOnly[2]);
		const day = Number(dateOnly[3]);
		if (!isValidDay(year, month, day)) return null;
		return {
			instant: noonInBangkok(year, month, day),
			parts: { year, month, day, hour: 0, minute: 0 }
		};
	}

	const timestamp = TIMESTAMP.exec(text);
	if (timestamp) {
		const [, date = '', hour = '', minute = '', second = '00', fraction = ''] = timestamp;
		const [year, month, day] = date.split('-').map(Number) as [number, number, number];
		if (!isValidDay(year, month, day) || Number(hour) > 23 || Number(minute) > 59) return null;
		if (Number(second) > 59) return null;
		const millis = fraction ? fraction.slice(0, 4).padEnd(4, '0') : '';
		const instant = new Date(
			`${date}T${hour}:${minute}:${second}${millis}${normaliseOffset(timestamp[6])}`
		);
		if (Number.isNaN(instant.getTime())) return null;
		return { instant, parts: bangkokParts(instant) };
	}

	return null;
}

// ---------------------------------------------------------------------------
// Fiscal year
// ---------------------------------------------------------------------------

/**
 * Thai government fiscal year (Buddhist Era) containing the given date, taken in Asia/Bangkok.
 * The fiscal year runs 1 October – 30 September and is named by the BE year in which it ends:
 * FY2563 = 2019-10-01 … 2020-09-30.
 *
 * @throws RangeError when the value is not a valid date.
 */
export function fiscalYearOf(date: Date | string): number {
	const resolved = resolve(date);
	if (!resolved) throw new RangeError(`Invalid date: ${String(date)}`);
	const { year, month } = resolved.parts;
	return (month >= 10 ? year + 1 : year) + BE_OFFSET;
}

/**
 * First and last day (ISO `YYYY-MM-DD`) of a Buddhist Era fiscal year.
 * `fiscalYearRange(2563)` → `{ start: '2019-10-01', end: '2020-09-30' }`.
 *
 * @throws RangeError when the year is not an integer in a representable range.
 */
export function fiscalYearRange(fiscalYearBE: number): { start: string; end: string } {
	const endYear = fiscalYearBE - BE_OFFSET;
	if (!Number.isInteger(fiscalYearBE) || endYear < 2 || endYear > 9999) {
		throw new RangeError(`Invalid fiscal year: ${String(fiscalYearBE)}`);
	}
	return { start: isoDate(endYear - 1, 10, 1), end: isoDate(endYear, 9, 30) };
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

function intlLocale(locale: Locale, thaiDigits: boolean | undefined): string {
	if (locale === 'en') return 'en-GB';
	return thaiDigits ? 'th-TH-u-nu-thai' : 'th-TH';
}

const DATE_STYLE_OPTIONS: Record<
	Locale,
	Record<'long' | 'medium' | 'short', Intl.DateTimeFormatOptions>
> = {
	th: {
		long: { dateStyle: 'long' },
		medium: { dateStyle: 'medium' },
		// dateStyle 'short' abbreviates the Thai year to two digits; the office writes all four.
		short: { day: 'numeric', month: 'numeric', year: 'numeric' }
	},
	en: {
		long: { dateStyle: 'long' },
		medium: { dateStyle: 'medium' },
		short: { dateStyle: 'short' }
	}
};

/**
 * Formats a date in Asia/Bangkok.
 *
 * Thai (Buddhist Era): long `1 ตุลาคม 2562`, medium `1 ต.ค. 2562`, short `1/10/2562`.
 * English (Gregorian): long `1 October 2019`, medium `1 Oct 2019`, short `01/10/2019`.
 * The default style is `long`. A date known only to its year (`precision: 'year'`, stored as
 * 1 January) is the year alone in every style: `2549` in Thai, `2006` in English. Returns `''`
 * when the value is not a valid date.
 */
export function formatDate(
	value: Date | string,
	locale: Locale,
	options: {
		style?: 'long' | 'medium' | 'short';
		thaiDigits?: boolean;
		precision?: 'day' | 'year';
	} = {}
): string {
	const resolved = resolve(value);
	if (!resolved) return '';
	if (options.precision === 'year') {
		return dateTimeFormat(intlLocale(locale, options.thaiDigits), { year: 'numeric' }).format(
			resolved.instant
		);
	}
	const style = options.style ?? 'long';
	return dateTimeFormat(
		intlLocale(locale, options.thaiDigits),
		DATE_STYLE_OPTIONS[locale][style]
	).format(resolved.instant);
}

/**
 * Formats a date (medium style) followed by the 24-hour time HH:mm in Asia/Bangkok.
 * Thai: `1 ต.ค. 2562 19:00 น.`; English: `1 Oct 2019 19:00`.
 * A date-only string is shown at 00:00. Returns `''` when the value is not a valid date.
 */
export function formatDateTime(
	value: Date | string,
	locale: Locale,
	options: { thaiDigits?: boolean } = {}
): string {
	const resolved = resolve(value);
	if (!resolved) return '';
	const date = formatDate(resolved.instant, locale, {
		style: 'medium',
		thaiDigits: options.thaiDigits
	});
	const time = `${pad(resolved.parts.hour)}:${pad(resolved.parts.minute)}`;
	if (locale === 'en') return `${date} ${time}`;
	return `${date} ${options.thaiDigits ? toThaiDigits(time) : time} น.`;
}

/**
 * Names a Buddhist Era fiscal year: `ปีงบประมาณ 2563` (Thai) or `FY2563` (English — the office uses
 * BE fiscal-year numbers in English too).
 */
export function formatFiscalYear(
	fiscalYearBE: number,
	locale: Locale,
	options: { thaiDigits?: boolean } = {}
): string {
	const year = String(fiscalYearBE);
	if (locale === 'en') return `FY${year}`;
	return `ปีงบประมาณ ${options.thaiDigits ? toThaiDigits(year) : year}`;
}

const numberFormatCache = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number with thousands grouping (`1,234,567.50`). `fractionDigits` fixes the number of
 * decimals; without it up to three decimals are shown, trailing zeros dropped.
 */
export function formatNumber(
	value: number,
	locale: Locale,
	options: { thaiDigits?: boolean; fractionDigits?: number } = {}
): string {
	const intl = intlLocale(locale, options.thaiDigits);
	const digits = options.fractionDigits;
	const key = `${intl}|${digits ?? ''}`;
	let formatter = numberFormatCache.get(key);
	if (!formatter) {
		formatter = new Intl.NumberFormat(
			intl,
			digits === undefined
				? { useGrouping: true }
				: { useGrouping: true, minimumFractionDigits: digits, maximumFractionDigits: digits }
		);
		numberFormatCache.set(key, formatter);
	}
	return formatter.format(value);
}

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

/** Month names keyed by their normalised form (lower case, no dots, no spaces). */
const MONTHS = new Map<string, number>();

const THAI_MONTHS: readonly (readonly string[])[] = [
	['มกราคม', 'มค'],
	['กุมภาพันธ์', 'กุมภาพันธ', 'กพ'],
	['มีนาคม', 'มีค'],
	['เมษายน', 'เมย'],
	['พฤษภาคม', 'พค'],
	['มิถุนายน', 'มิย'],
	['กรกฎาคม', 'กรกฏาคม', 'กค'],
	['สิงหาคม', 'สค'],
	['กันยายน', 'กย'],
	['ตุลาคม', 'ตค'],
	['พฤศจิกายน', 'พย'],
	['ธันวาคม', 'ธค']
];

const ENGLISH_MONTHS: readonly (readonly string[])[] = [
	['january', 'jan'],
	['february', 'feb'],
	['march', 'mar'],
	['april', 'apr'],
	['may'],
	['june', 'jun'],
	['july', 'jul'],
	['august', 'aug'],
	['september', 'sep', 'sept'],
	['october', 'oct'],
	['november', 'nov'],
	['december', 'dec']
];

for (const table of [THAI_MONTHS, ENGLISH_MONTHS]) {
	table.forEach((names, index) => {
		for (const name of names) MONTHS.set(name, index + 1);
	});
}

function monthFromName(name: string): number | null {
	return MONTHS.get(name.toLowerCase().replace(/[.\s]/g, '')) ?? null;
}

type Era = 'BE' | 'CE' | null;

const THAI_WEEKDAY = '(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)';
const THAI_PREFIX = new RegExp(`^วัน\\s*(?:${THAI_WEEKDAY}\\s*)?(?:ที่\\s*)?`);
const ENGLISH_WEEKDAY_PREFIX = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const ERA_SUFFIX =
	/^(.*?)\s*(พ\.?\s*ศ\.?|ค\.?\s*ศ\.?|b\.?\s*e\.?|a\.?\s*d\.?|c\.?\s*e\.?)\s*(\d+)$/i;

const ISO_INPUT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC_INPUT = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d+)$/;
const DAY_MONTH_YEAR_INPUT = /^(\d{1,2})(?:st|nd|rd|th)?\s*([^\d,]+?)\s*,?\s*(\d+)$/i;
const MONTH_DAY_YEAR_INPUT = /^([a-z]+\.?)\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d+)$/i;

/** Converts a written year to a Gregorian year, or null when it is not a 2- or 4-digit year. */
function resolveYear(written: string, era: Era): number | null {
	const value = Number(written);
	if (written.length === 2) {
		// Two-digit years are Buddhist Era (62 → 2562) unless explicitly marked as CE.
		return era === 'CE' ? 2000 + value : 2500 + value - BE_OFFSET;
	}
	if (written.length !== 4) return null;
	const isBuddhistEra = era === 'BE' || (era === null && value > BE_THRESHOLD);
	return isBuddhistEra ? value - BE_OFFSET : value;
}

function buildIso(year: number | null, month: number | null, day: number): string | null {
	if (year === null || month === null || !isValidDay(year, month, day)) return null;
	return isoDate(year, month, day);
}

/**
 * Parses a date typed by a user — the Thai way or in ISO/English form — into ISO `YYYY-MM-DD`.
 *
 * Accepted forms (Thai or Arabic digits):
 * - `15/10/2562`, `15-10-2562`, `15.10.2562` (day first), `2019-10-15` (ISO);
 * - `15 มีนาคม 2564`, `๑๕ มี.ค. ๒๕๖๔`, `1 ต.ค. 62`, `วันที่ 1 ตุลาคม พ.ศ. 2562`;
 * - `15 Oct 2019`, `15 October 2019`, `Oct 15, 2019`.
 *
 * Years: 2 digits are Buddhist Era (62 → 2562); 4 digits above 2400 are Buddhist Era, otherwise
 * Gregorian. An explicit `พ.ศ.`/`ค.ศ.` (or `B.E.`/`A.D.`/`C.E.`) marker overrides this guess.
 * Returns null when the text cannot be parsed or the day does not exist.
 */
export function parseThaiDate(text: string): string | null {
	if (typeof text !== 'string') return null;
	let input = toArabicDigits(text)
		.replace(/[\u200B-\u200D\uFEFF]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	input = input.replace(THAI_PREFIX, '').replace(ENGLISH_WEEKDAY_PREFIX, '').trim();
	if (input === '') return null;

	let era: Era = null;
	const eraMatch = ERA_SUFFIX.exec(input);
	if (eraMatch) {
		const marker = (eraMatch[2] ?? '').replace(/[.\s]/g, '').toLowerCase();
		era = marker === 'พศ' || marker === 'be' ? 'BE' : 'CE';
		input = `${eraMatch[1] ?? ''} ${eraMatch[3] ?? ''}`.trim();
	}

	const iso = ISO_INPUT.exec(input);
	if (iso) {
		return buildIso(resolveYear(iso[1] ?? '', era), Number(iso[2]), Number(iso[3]));
	}

	const numeric = NUMERIC_INPUT.exec(input);
	if (numeric) {
		return buildIso(resolveYear(numeric[4] ?? '', era), Number(numeric[3]), Number(numeric[1]));
	}

	const dayMonthYear = DAY_MONTH_YEAR_INPUT.exec(input);
	if (dayMonthYear) {
		return buildIso(
			resolveYear(dayMonthYear[3] ?? '', era),
			monthFromName(dayMonthYear[2] ?? ''),
			Number(dayMonthYear[1])
		);
	}

	const monthDayYear = MONTH_DAY_YEAR_INPUT.exec(input);
	if (monthDayYear) {
		return buildIso(
			resolveYear(monthDayYear[3] ?? '', era),
			monthFromName(monthDayYear[1] ?? ''),
			Number(monthDayYear[2])
		);
	}

	return null;
}

// ---------------------------------------------------------------------------
// Today
// ---------------------------------------------------------------------------

/** Today's date in Asia/Bangkok (at `now`) as ISO `YYYY-MM-DD`. */
export function todayIso(now = new Date()): string {
	const { year, month, day } = bangkokParts(now);
	return isoDate(year, month, day);
}

/** The ISO date `days` after (or before, when negative) an ISO date. */
export function addDays(iso: string, days: number): string {
	return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
