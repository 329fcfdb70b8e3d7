import type { Locale } from '#lib/i18n/index.ts';

export interface LocalText {
	text: string;
	/** Set when the English is missing and the Thai stands in for it. */
	lang: 'th' | undefined;
}

/** A bilingual record's text in the page's language: English where there is one, else the Thai. */
export function localText(locale: Locale, th: string, en: string | null | undefined): LocalText {
	if (locale === 'th') return { text: th, lang: undefined };
	return en ? { text: en, lang: undefined } : { text: th, lang: 'th' };
}

/** Shortens a long text at a word boundary (Thai words included), ending it with an ellipsis. */
export function summarize(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	let kept = '';
	for (const { segment } of new Intl.Segmenter('th', { granularity: 'word' }).segment(clean)) {
		if (kept.length + segment.length > max - 1) break;
		kept += segment;
	}
	if (!kept.trim()) {
		for (const { segment } of new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(
			clean
		)) {
			if (kept.length + segment.length > max - 1) break;
			kept += segment;
		}
	}
	return `${kept.trimEnd()}…`;
}
