import { page } from '$app/state';
import { isLocale, translate, type Locale, type MessageKey, type MessageParams } from './index.ts';

/** The current page's language, from the root layout's data. */
export function currentLocale(): Locale {
	const locale: unknown = page.data.locale;
	return isLocale(locale) ? locale : 'th';
}

/** Translates for the current page: what components call for every visible string. */
export function t(key: MessageKey, params?: MessageParams): string {
	return translate(currentLocale(), key, params);
}
