import { parseThaiDate, toArabicDigits } from '../../../dates.ts';

/**
 * A typed amount: Thai digits, thousands separators and spaces are read; empty is no amount
 * (undefined), anything else that is not a number is NaN, which the schemas refuse as not a number.
 */
export function formNumber(text: string): number | undefined {
	const plain = toArabicDigits(text).replace(/[,\s]/g, '');
	return plain === '' ? undefined : Number(plain);
}

/**
 * A typed date, as Thai users write it (15/10/2562, 15 ต.ค. 2562) or ISO: empty is no date (null);
 * text that is not a date is passed on as typed, which the schemas refuse as not a date.
 */
export function formDate(text: string): string | null {
	const trimmed = text.trim();
	if (!trimmed) return null;
	return parseThaiDate(trimmed) ?? trimmed;
}

/** A yes/no/not-stated choice. */
export function formYesNo(text: string): boolean | null {
	if (text === 'yes') return true;
	if (text === 'no') return false;
	return null;
}

/** A list typed one item per line; blank lines are left out. */
export function formLines(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
}

/** The version the form was loaded at, from its hidden field. */
export function formVersion(text: string): number | undefined {
	return /^\d+$/.test(text) ? Number(text) : undefined;
}
