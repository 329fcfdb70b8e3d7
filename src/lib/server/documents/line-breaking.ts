const words = new Intl.Segmenter('th', { granularity: 'word' });
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** Marks that belong to the word before them: a line never starts with one. */
const closing = /^[)\]}”’.,;:!?%ๆฯ๚๛…]/;
/** Marks that belong to the word after them: a line never ends with one. */
const opening = /[([{“‘]$/;

/**
 * Thai repetition and abbreviation marks end the word before them. ICU's dictionary does not know
 * a word followed by one ("โครงการฯ" comes out as "โค", "รง", "การฯ"), so the text between them is
 * segmented on its own and each mark joins the word before it as closing punctuation does.
 */
const endMarks = /(ฯลฯ|ฯพณฯ|[ฯๆ๚๛]+)/;

/** Intl.Segmenter's words, with the text between end marks segmented on its own. */
function* segments(paragraph: string): Generator<string> {
	for (const [index, chunk] of paragraph.split(endMarks).entries()) {
		if (index % 2) yield chunk;
		else for (const { segment } of words.segment(chunk)) yield segment;
	}
}

/**
 * The pieces a paragraph may break between: Thai has no spaces between words, so the breaks are
 * the word boundaries of Intl.Segmenter; spaces stay at the end of the piece before them, and
 * punctuation and end marks stay with the word they belong to.
 */
export function breakPieces(paragraph: string): string[] {
	const pieces: string[] = [];
	let joinNext = false;
	for (const segment of segments(paragraph)) {
		const attach = /^\s+$/.test(segment) || joinNext || closing.test(segment);
		if (attach && pieces.length) pieces[pieces.length - 1] += segment;
		else pieces.push(segment);
		joinNext = opening.test(segment);
	}
	return pieces;
}

/** Splits a piece too wide for a line at grapheme clusters, so a base and its marks stay together. */
function splitWide(piece: string, maxWidth: number, measure: (text: string) => number): string[] {
	const parts: string[] = [];
	let part = '';
	for (const { segment } of graphemes.segment(piece)) {
		if (part && measure(part + segment) > maxWidth) {
			parts.push(part);
			part = segment;
		} else {
			part += segment;
		}
	}
	if (part) parts.push(part);
	return parts;
}

/**
 * Breaks text into lines no wider than `maxWidth` as `measure` measures them. Newlines start a new
 * line; widths of pieces are summed, which is exact for Thai and Latin text without kerning
 * across word boundaries.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	measure: (text: string) => number
): string[] {
	const lines: string[] = [];
	for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
		let line = '';
		let width = 0;
		const flush = () => {
			lines.push(line.trimEnd());
			line = '';
			width = 0;
		};
		const pieces = breakPieces(paragraph).flatMap((piece) =>
			measure(piece.trimEnd()) > maxWidth ? splitWide(piece, maxWidth, measure) : [piece]
		);
		for (const piece of pieces) {
			let added = line ? piece : piece.trimStart();
			if (!added) continue;
			if (line && width + measure(added.trimEnd()) > maxWidth) {
				flush();
				added = piece.trimStart();
			}
			line += added;
			width += measure(added);
		}
		flush();
	}
	return lines;
}

/** The longest run of `pieces` from the start, joined, that is no longer than `maxLength`. */
function longestStart(pieces: Iterable<string>, maxLength: number): string {
	let start = '';
	for (const piece of pieces) {
		if (start.length + piece.length > maxLength) break;
		start += piece;
	}
	return start;
}

/**
 * Text on one line, cut to at most `maxLength` characters at the last word boundary that fits and
 * ended with an ellipsis (a single word too long is cut between grapheme clusters); text that fits
 * is given back whole.
 */
export function clipText(text: string, maxLength: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= maxLength) return flat;
	const words = longestStart(breakPieces(flat), maxLength - 1).trimEnd();
	const clusters = () => [...graphemes.segment(flat)].map(({ segment }) => segment);
	return `${words || longestStart(clusters(), maxLength - 1)}…`;
}
