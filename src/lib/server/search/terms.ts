import { stemmer } from 'stemmer';

const thaiDigits = '๐๑๒๓๔๕๖๗๘๙';
const thai = '\\u0E00-\\u0E7F';

/** Thai digits as Arabic, lower case, Unicode NFC: the form both documents and queries take. */
export function normalize(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[๐-๙]/g, (digit) => String(thaiDigits.indexOf(digit)))
		.toLowerCase();
}

/**
 * Spaces where Thai meets a digit or a Latin letter, so "โควิด19" is two words before the
 * segmenter sees it (otherwise it cuts "โค|วิด19").
 */
function separateScripts(text: string): string {
	return text
		.replace(new RegExp(`([${thai}])([0-9a-z])`, 'g'), '$1 $2')
		.replace(new RegExp(`([0-9a-z])([${thai}])`, 'g'), '$1 $2');
}

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const latinWord = /^[a-z][a-z'-]*$/;

/** One searchable term for a word: English words stemmed, Thai words and numbers as they are. */
function termOf(word: string): string {
	return latinWord.test(word) ? stemmer(word.replace(/'s$/, '')) : word;
}

export interface Word {
	/** Where the word starts and ends in the text given. */
	start: number;
	end: number;
	term: string;
}

/** The words of a text with their terms and places, for indexing and for marking snippets. */
export function words(text: string): Word[] {
	const normal = normalize(text);
	// normalize keeps length for Thai text (digits map one to one, NFC aside), so offsets hold.
	const spaced = separateScripts(normal);
	const result: Word[] = [];
	let shift = 0;
	let cursor = 0;
	for (const segment of segmenter.segment(spaced)) {
		if (!segment.isWordLike) {
			continue;
		}
		// Map the spaced offset back to the unspaced text: count inserted spaces before it.
		while (cursor < segment.index) {
			if (spaced[cursor] === ' ' && normal[cursor - shift] !== ' ') shift += 1;
			cursor += 1;
		}
		const start = segment.index - shift;
		result.push({ start, end: start + segment.segment.length, term: termOf(segment.segment) });
	}
	return result;
}

/** A text's terms joined by spaces, ready for to_tsvector('simple', …). */
export function termText(text: string): string {
	return words(text)
		.map((word) => word.term)
		.join(' ');
}
