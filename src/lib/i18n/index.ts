import { en } from './en.ts';
import { th } from './th.ts';

export type Locale = 'th' | 'en';
export const locales: readonly Locale[] = ['th', 'en'];
export const defaultLocale: Locale = 'th';
export type MessageKey = keyof typeof th;
export type MessageParams = Record<string, string | number>;

export const catalogs: Record<Locale, Record<MessageKey, string>> = { th, en };

export function isLocale(value: unknown): value is Locale {
	return value === 'th' || value === 'en';
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	const message = catalogs[locale][key];
	if (!params) return message;
	return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** Picks Thai or English from an Accept-Language header, honouring q-values; Thai by default. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
	if (!acceptLanguage) return defaultLocale;
	const ranked = acceptLanguage
		.split(',')
		.map((part, order) => {
			const [tag = '', ...rest] = part.trim().split(';');
			const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, order };
		})
		.filter((entry) => entry.q > 0)
		.sort((a, b) => b.q - a.q || a.order - b.order);
	for (const { tag } of ranked) {
		const primary = tag.split('-')[0];
		if (isLocale(primary)) return primary;
	}
	return defaultLocale;
}
