import { z } from 'zod';

/**
 * The field parsers every API body, query and form is read with (decision 0012): one null rule,
 * and limits that keep what reaches the database storable and what is shown readable. Optional
 * values take null, "" and absence alike as absent (null), so what GET returns, PUT accepts.
 */
export const fieldLimits = {
	/** A name, title or other one-line text. */
	line: 500,
	/** A description, summary or note that may run over several lines. */
	text: 20_000,
	/** Items in one list. */
	list: 200,
	/** Baht, with at most two decimals. */
	amount: 1_000_000_000_000,
	/** Whole numbers fit a PostgreSQL integer. */
	integer: 2_147_483_647,
	firstDay: '1900-01-01',
	lastDay: '2200-12-31'
} as const;

// eslint-disable-next-line no-control-regex
const controlInLine = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const controlInText = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const invisibleControls =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const loneSurrogates = new RegExp(loneSurrogate.source, 'g');

/**
 * Text with control characters, bidi controls (which can make `exe.pdf` look like `fdp.exe`) and
 * lone surrogates taken out: for names shown to people, such as a file's.
 */
export const withoutInvisibleControls = (value: string) =>
	value.replace(invisibleControls, '').replace(loneSurrogates, '');

/** Whether text holds a control character (line breaks and tabs allowed in `multiline` text). */
export const hasControlCharacter = (value: string, multiline = false) =>
	(multiline ? controlInText : controlInLine).test(value);

/** Whether text is not valid Unicode: half of a surrogate pair, which no database can store. */
const hasLoneSurrogate = (value: string) => loneSurrogate.test(value);

/** Text as typed, trimmed, refused when it holds what cannot be stored or shown. */
function checkedText(max: number, multiline: boolean) {
	return z
		.string()
		.trim()
		.max(max, { error: 'validation.tooLong' })
		.refine((value) => !hasLoneSurrogate(value), { error: 'validation.brokenCharacter' })
		.refine((value) => !hasControlCharacter(value, multiline), {
			error: multiline ? 'validation.controlCharacter' : 'validation.oneLine'
		});
}

/** A value that may be left out: absent, null and blank all read as null. */
const optional = <Schema extends z.ZodType<unknown, string>>(schema: Schema) =>
	z
		.string()
		.nullish()
		.transform((value) => value?.trim() || null)
		.pipe(schema.nullable());

/** A required one-line text: a name, a title. */
export const text = (max: number = fieldLimits.line) => checkedText(max, false).min(1);

/** A one-line text that may be left out. */
export const optionalText = (max: number = fieldLimits.line) => optional(checkedText(max, false));

/** A required text of one or more lines. */
export const multilineText = (max: number = fieldLimits.text) => checkedText(max, true).min(1);

/** A text of one or more lines that may be left out. */
export const optionalMultilineText = (max: number = fieldLimits.text) =>
	optional(checkedText(max, true));

/** Words typed in a filter or search box, which may be left blank. */
export const queryText = (max: number = fieldLimits.line) => checkedText(max, false).optional();

const inRange = (iso: string) => iso >= fieldLimits.firstDay && iso <= fieldLimits.lastDay;

/**
 * A calendar day, ISO (forms turn Thai and Buddhist Era dates into ISO first): a real day from
 * 1900 to 2200 CE (2443–2743 BE).
 */
export const date = () =>
	z.iso
		.date({ error: 'validation.date' })
		.refine(inRange, { error: 'validation.dateRange', abort: true });

/** A day that may be left out. */
export const optionalDate = () => optional(date());

/** Baht: not negative, at most 10^12, at most two decimals. */
export const amount = () =>
	z
		.number({ error: 'validation.number' })
		.min(0, { error: 'validation.notNegative' })
		.max(fieldLimits.amount, { error: 'validation.amountTooLarge' })
		.refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
			error: 'validation.amountDecimals'
		});

/** A whole number from `min` to `max` (within a PostgreSQL integer). */
export const integer = (min = 0, max: number = fieldLimits.integer) =>
	z
		.number({ error: 'validation.number' })
		.int({ error: 'validation.integer' })
		.min(min, { error: 'validation.atLeast' })
		.max(max, { error: 'validation.atMost' });

/** A whole number read from the address (`?page=2`), from `min` to `max`. */
export const integerParam = (min = 0, max: number = fieldLimits.integer) =>
	z.coerce
		.number({ error: 'validation.number' })
		.int({ error: 'validation.integer' })
		.min(min, { error: 'validation.atLeast' })
		.max(max, { error: 'validation.atMost' });

/** The version of a record the user loaded. */
export const version = () => integer(1);

/** A share from 0 to 100. */
export const percentage = () =>
	z
		.number({ error: 'validation.number' })
		.min(0, { error: 'validation.percentage' })
		.max(100, { error: 'validation.percentage' });

/** A country by its ISO 3166-1 alpha-2 code, typed in either case, that may be left out. */
export const optionalCountryCode = () =>
	optional(
		z
			.string()
			.regex(/^[A-Za-z]{2}$/, { error: 'validation.country' })
			.transform((code) => code.toUpperCase())
	);

/** A record's id. */
export const id = () => z.uuid({ error: 'validation.invalid' });

/** A record's id that may be left out. */
export const optionalId = () => optional(id());

/** A list of at most `max` items. */
export const list = <Item extends z.ZodType>(item: Item, max: number = fieldLimits.list) =>
	z.array(item).max(max, { error: 'validation.tooMany' });
