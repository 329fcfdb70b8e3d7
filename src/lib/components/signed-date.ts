import { formatDate } from '#lib/dates.ts';
import type { Locale } from '#lib/i18n/index.ts';

/** When an agreement was signed: the full date, or only the year (BE in Thai) when that is all that is known. */
export function signedDate(
	agreement: { signedOn: string | null; signedPrecision: 'day' | 'year' },
	locale: Locale
): string | null {
	if (!agreement.signedOn) return null;
	return formatDate(agreement.signedOn, locale, { precision: agreement.signedPrecision });
}
