import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from './errors.ts';
import {
	amount,
	date,
	fieldLimits,
	id,
	integer,
	integerParam,
	list,
	multilineText,
	optionalCountryCode,
	optionalDate,
	optionalId,
	optionalMultilineText,
	optionalText,
	percentage,
	queryText,
	text,
	withoutInvisibleControls
} from './fields.ts';
import { parseInput } from './validation.ts';

/** The message key a value is refused with, or `accepted`. */
function refusal(schema: z.ZodType, value: unknown): string {
	try {
		parseInput(z.object({ field: schema }), { field: value });
		return 'accepted';
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		return error.fields?.field?.key ?? error.code;
	}
}

const parse = (schema: z.ZodType, value: unknown): unknown =>
	(parseInput(z.object({ field: schema }), { field: value }) as { field: unknown }).field;

describe('text', () => {
	it('trims, and names the field when it is missing or too long', () => {
		expect(parse(text(10), '  กรุงเทพ  ')).toBe('กรุงเทพ');
		expect(refusal(text(10), '   ')).toBe('validation.required');
		expect(refusal(text(10), undefined)).toBe('validation.required');
		expect(refusal(text(3), 'abcd')).toBe('validation.tooLong');
		expect(refusal(text(), 42)).toBe('validation.invalid');
	});

	it('refuses control characters, line breaks and tabs on one line, and lone surrogates', () => {
		for (const bad of [
			'a\u0000b',
			'a\u0001b',
			'a\u001bb',
			'a\u007fb',
			'a\u0085b',
			'a\nb',
			'a\tb'
		]) {
			expect(refusal(text(), bad)).toBe('validation.oneLine');
		}
		for (const bad of ['a\ud800b', 'a\udfff', '\udc00x', 'x\ud83d']) {
			expect(refusal(text(), bad)).toBe('validation.brokenCharacter');
		}
		expect(parse(text(), 'ภาษาไทย 😀 العربية')).toBe('ภาษาไทย 😀 العربية');
	});

	it('lets multiline text keep line breaks and tabs, but no other control character', () => {
		expect(parse(multilineText(), 'บรรทัดแรก\r\n\tบรรทัดสอง')).toBe('บรรทัดแรก\r\n\tบรรทัดสอง');
		expect(refusal(multilineText(), 'a\u0000b')).toBe('validation.controlCharacter');
		expect(refusal(multilineText(), 'a\u000bb')).toBe('validation.controlCharacter');
		expect(refusal(multilineText(), 'a\ud800')).toBe('validation.brokenCharacter');
	});

	it('never lets a control character or lone surrogate through', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (value) => {
				const parsed = text(100_000).safeParse(value);
				if (parsed.success) {
					expect(parsed.data).not.toMatch(/\p{Cc}/u);
					expect(parsed.data.isWellFormed()).toBe(true);
				}
			})
		);
	});
});

describe('optional text', () => {
	it('takes null, blank and absence alike as absent, so what GET returns, PUT accepts', () => {
		for (const schema of [optionalText(10), optionalMultilineText(10)]) {
			expect(parse(schema, null)).toBeNull();
			expect(parse(schema, '')).toBeNull();
			expect(parse(schema, '  ')).toBeNull();
			expect(parse(schema, undefined)).toBeNull();
			expect(parse(schema, ' ก ')).toBe('ก');
		}
		expect(refusal(optionalText(3), 'abcd')).toBe('validation.tooLong');
		expect(refusal(optionalText(), 'a\u0000')).toBe('validation.oneLine');
		expect(refusal(optionalMultilineText(), 'a\u0000')).toBe('validation.controlCharacter');
	});

	it('reads filter words as typed, refusing control characters', () => {
		expect(parse(queryText(), undefined)).toBeUndefined();
		expect(parse(queryText(), ' ฝุ่น ')).toBe('ฝุ่น');
		expect(refusal(queryText(), 'ฝุ่น\u0000')).toBe('validation.oneLine');
	});
});

describe('dates', () => {
	it('takes real days from 1900 to 2200 CE', () => {
		expect(parse(date(), '1900-01-01')).toBe('1900-01-01');
		expect(parse(date(), '2200-12-31')).toBe('2200-12-31');
		expect(parse(date(), '2024-02-29')).toBe('2024-02-29');
	});

	it('refuses impossible days, year 0000 and days outside the range', () => {
		for (const bad of ['2023-02-29', '2024-13-01', '2024-04-31', '0000-00-00', '99999-01-01']) {
			expect(refusal(date(), bad)).toBe('validation.date');
		}
		for (const bad of ['0000-01-01', '1899-12-31', '2201-01-01', '2569-01-01', '9999-12-31']) {
			expect(refusal(date(), bad)).toBe('validation.dateRange');
		}
		expect(refusal(date(), '2024-01-01\u0000')).toBe('validation.date');
	});

	it('takes null, blank and absence as no date when a date may be left out', () => {
		expect(parse(optionalDate(), null)).toBeNull();
		expect(parse(optionalDate(), '')).toBeNull();
		expect(parse(optionalDate(), undefined)).toBeNull();
		expect(refusal(optionalDate(), '0000-01-01')).toBe('validation.dateRange');
	});
});

describe('numbers', () => {
	it('takes amounts up to 10^12 baht with two decimals', () => {
		expect(parse(amount(), 0)).toBe(0);
		expect(parse(amount(), 1_234_567.89)).toBe(1_234_567.89);
		expect(parse(amount(), fieldLimits.amount)).toBe(fieldLimits.amount);
		expect(parse(amount(), 0.1 + 0.2)).toBeCloseTo(0.3);
	});

	it('refuses absurd, negative, non-finite and over-precise amounts', () => {
		expect(refusal(amount(), 1e308)).toBe('validation.amountTooLarge');
		expect(refusal(amount(), fieldLimits.amount + 0.01)).toBe('validation.amountTooLarge');
		expect(refusal(amount(), -1)).toBe('validation.notNegative');
		expect(refusal(amount(), Infinity)).toBe('validation.number');
		expect(refusal(amount(), NaN)).toBe('validation.number');
		expect(refusal(amount(), '12')).toBe('validation.number');
		expect(refusal(amount(), 1.005)).toBe('validation.amountDecimals');
	});

	it('keeps whole numbers within their range and a PostgreSQL integer', () => {
		expect(parse(integer(1), 7)).toBe(7);
		expect(refusal(integer(1), 0)).toBe('validation.atLeast');
		expect(refusal(integer(), 2 ** 31)).toBe('validation.atMost');
		expect(refusal(integer(), 1.5)).toBe('validation.integer');
		expect(refusal(integer(), 1e308)).toBe('validation.integer');
		expect(parse(integerParam(1, 50), '20')).toBe(20);
		expect(refusal(integerParam(1), '1e308')).toBe('validation.integer');
		expect(refusal(integerParam(1), 'x')).toBe('validation.number');
	});

	it('takes percentages from 0 to 100', () => {
		expect(parse(percentage(), 62.5)).toBe(62.5);
		expect(refusal(percentage(), 100.1)).toBe('validation.percentage');
		expect(refusal(percentage(), -1)).toBe('validation.percentage');
	});
});

describe('ids and lists', () => {
	it('takes an id, or null, blank or absence where one may be left out', () => {
		const uuid = '7f3e2a10-0000-4000-8000-000000000001';
		expect(parse(id(), uuid)).toBe(uuid);
		expect(refusal(id(), 'x')).toBe('validation.invalid');
		expect(parse(optionalId(), '')).toBeNull();
		expect(parse(optionalId(), null)).toBeNull();
		expect(parse(optionalId(), uuid)).toBe(uuid);
	});

	it('takes a country code in either case, or null, blank or absence as none', () => {
		expect(parse(optionalCountryCode(), ' jp ')).toBe('JP');
		expect(parse(optionalCountryCode(), '')).toBeNull();
		expect(parse(optionalCountryCode(), null)).toBeNull();
		expect(parse(optionalCountryCode(), undefined)).toBeNull();
		expect(refusal(optionalCountryCode(), 'JPN')).toBe('validation.country');
	});

	it('refuses lists over their limit, naming the limit', () => {
		expect(parse(list(text(), 2), ['ก', 'ข'])).toEqual(['ก', 'ข']);
		expect(refusal(list(text(), 2), ['ก', 'ข', 'ค'])).toBe('validation.tooMany');
		expect(refusal(list(text()), Array(fieldLimits.list + 1).fill('ก'))).toBe('validation.tooMany');
	});
});

describe('withoutInvisibleControls', () => {
	it('takes control and bidi characters and lone surrogates out of a name', () => {
		expect(withoutInvisibleControls('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
		expect(withoutInvisibleControls('a\u0000b\u2066c\u200Fd\u061Ce\ud800.pdf')).toBe('abcde.pdf');
		expect(withoutInvisibleControls('หลักฐาน 😀.pdf')).toBe('หลักฐาน 😀.pdf');
	});
});
