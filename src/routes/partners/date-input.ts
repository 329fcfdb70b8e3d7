import { parseThaiDate, toArabicDigits } from '#lib/dates.ts';

/** A date typed the Thai way (15/10/2568, 15 ต.ค. 68) as ISO; what cannot be read stays as typed. */
export const dateInput = (text: string) =>
	text.trim() === '' ? '' : (parseThaiDate(text) ?? toArabicDigits(text));
