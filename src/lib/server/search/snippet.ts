import { words } from './terms.ts';

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const matches = (term: string, terms: ReadonlySet<string>) =>
	terms.has(term) || [...terms].some((query) => /^[a-z]{3,}/.test(query) && term.startsWith(query));

/**
 * A short passage of `text` around the first matched word, HTML-escaped, each matched word in
 * `<mark>`. Built from the returned rows only.
 */
export function snippet(text: string, terms: ReadonlySet<string>, length = 160): string {
	const flat = text.replace(/\s+/g, ' ');
	const marked = words(flat).filter((word) => matches(word.term, terms));
	const first = marked[0]?.start ?? 0;
	const start = Math.max(0, first - Math.floor(length / 3));
	const end = Math.min(flat.length, start + length);
	let out = start > 0 ? '… ' : '';
	let cursor = start;
	for (const word of marked) {
		if (word.start < cursor || word.end > end) continue;
		out += `${escapeHtml(flat.slice(cursor, word.start))}<mark>${escapeHtml(flat.slice(word.start, word.end))}</mark>`;
		cursor = word.end;
	}
	out += escapeHtml(flat.slice(cursor, end));
	return end < flat.length ? `${out} …` : out;
}
