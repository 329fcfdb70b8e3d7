import { escapeHtml } from '../platform/index.ts';
import { normalize, words } from './terms.ts';

const matches = (term: string, terms: ReadonlySet<string>) =>
	terms.has(term) || [...terms].some((query) => /^[a-z]{3,}/.test(query) && term.startsWith(query));

/**
 * A short passage of `text` around the first matched word, HTML-escaped, each matched word in
 * `<mark>`. Only the passage is split into words, so a long body costs no more than a short one.
 */
export function snippet(text: string, terms: ReadonlySet<string>, length = 160): string {
	const flat = text.replace(/\s+/g, ' ');
	const normal = normalize(flat);
	const firstHit = Math.min(
		...[...terms].map((term) => normal.indexOf(term)).filter((index) => index >= 0),
		flat.length
	);
	const from = firstHit === flat.length ? 0 : Math.max(0, firstHit - Math.floor(length / 3));
	// Start and end the passage at spaces where there are any near, so no word is cut.
	const space = flat.lastIndexOf(' ', from);
	const start = from > 0 && space >= 0 && from - space < 20 ? space + 1 : from;
	const endSpace = flat.indexOf(' ', start + length);
	const end =
		endSpace >= 0 && endSpace - (start + length) < 20
			? endSpace
			: Math.min(flat.length, start + length);
	const passage = flat.slice(start, end);
	let out = start > 0 ? '… ' : '';
	let cursor = 0;
	for (const word of words(passage)) {
		if (!matches(word.term, terms)) continue;
		out += `${escapeHtml(passage.slice(cursor, word.start))}<mark>${escapeHtml(passage.slice(word.start, word.end))}</mark>`;
		cursor = word.end;
	}
	out += escapeHtml(passage.slice(cursor));
	return end < flat.length ? `${out} …` : out;
}
