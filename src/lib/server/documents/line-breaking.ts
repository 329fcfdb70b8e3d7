const words = new Intl.Segmenter('th', { granularity: 'word' });
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** Marks that belong to the word before them: a line never starts with one. */
const closing = /^[)\]}”’.,;:!?%ๆฯ…]/;
/** Marks that belong to the word after them: a line never ends with one. */
const opening = /[([{“‘]$/;

/**
 * The pieces a paragraph may break between: Thai has no spaces between words, so the breaks are
 * the word boundaries of Intl.Segmenter; spaces stay at the end of the piece before them, and
 * punctuation stays with the word it belongs to.
 */
export function breakPieces(paragraph: string): string[] {
	const pieces: string[] = [];
	let joinNext = false;
	for (const { segment } of words.segment(paragraph)) {
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
