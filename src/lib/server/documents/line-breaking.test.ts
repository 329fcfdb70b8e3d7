import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakPieces, clipText, wrapText } from './line-breaking.ts';

/** One unit per grapheme cluster: marks above and below a consonant take no width. */
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
const measure = (text: string) => [...graphemes.segment(text)].length;

describe('breakPieces', () => {
	it('finds the word boundaries of Thai text, which has no spaces between words', () => {
		expect(breakPieces('ยกเลิกโครงการ')).toEqual(['ยกเลิก', 'โครงการ']);
	});

	it('keeps spaces and closing punctuation with the word before, opening with the word after', () => {
		expect(breakPieces('งบประมาณ (ครั้งที่ 7) = 20 %')).toEqual([
			'งบ',
			'ประมาณ ',
			'(ครั้ง',
			'ที่ ',
			'7) ',
			'= ',
			'20 %'
		]);
	});

	it('keeps ฯ and ๆ with the word they end, which ICU alone splits', () => {
		const pieces = (text: string) => breakPieces(text).join('|');
		expect(pieces('ชะลอการดำเนินการโครงการฯ ตามประกาศ')).toBe(
			'ชะลอ|การ|ดำเนิน|การ|โครงการฯ |ตาม|ประกาศ'
		);
		expect(pieces('นายกฯ ไปมาๆ เมืองต่างๆ ฯลฯ')).toBe('นายกฯ |ไปมาๆ |เมือง|ต่างๆ ฯลฯ');
	});

	it('gives back the text unchanged when joined', () => {
		const text = 'ชะลอการดำเนินการโครงการฯ ตามประกาศ COVID-19 (Phase I) ๑ - ๓ ปีแรก';
		expect(breakPieces(text).join('')).toBe(text);
	});
});

describe('wrapText', () => {
	it('breaks Thai between words, never inside one', () => {
		const lines = wrapText('เพื่อส่งเสริมความร่วมมือจากแนวปฏิบัติที่ดีที่สุด', 12, measure);
		expect(lines.join('')).toBe('เพื่อส่งเสริมความร่วมมือจากแนวปฏิบัติที่ดีที่สุด');
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(12);
		expect(lines[0]).toBe('เพื่อส่งเสริม');
	});

	it('drops the spaces at a break and keeps newlines as line starts', () => {
		expect(wrapText('one two three\nfour', 8, measure)).toEqual(['one two', 'three', 'four']);
	});

	it('splits a word wider than the line at grapheme clusters, marks kept on their consonant', () => {
		const lines = wrapText('ที่ที่ที่ที่', 2, measure);
		expect(lines).toEqual(['ที่ที่', 'ที่ที่']);
	});

	it('keeps an empty paragraph as an empty line', () => {
		expect(wrapText('a\n\nb', 10, measure)).toEqual(['a', '', 'b']);
	});
});

/**
 * Words Intl.Segmenter keeps whole however they are strung together (the first property checks
 * it), so the places between them are the boundaries it reports and the only right breaks.
 */
const wordList = (
	'โครงการ ความ ร่วม มือ เมือง พี่ น้อง การ ประชุม ผู้ ว่า สำนักงาน ต่าง ประเทศ ยุทธศาสตร์ ' +
	'ประมาณ รายงาน ก้าวหน้า แนว ปฏิบัติ ที่ ดี เพื่อ ระหว่าง ไทย ญี่ปุ่น เกาหลี จีน อาเซียน ' +
	'ปฏิญญา ข้อ บันทึก เข้าใจ เยือน ยกเลิก สถานการณ์ แพร่ วัฒนธรรม เศรษฐกิจ สังคม'
).split(' ');
const words = new Intl.Segmenter('th', { granularity: 'word' });

/** Generated Thai text: words from the list, some ending in ฯ or ๆ, some followed by a space. */
const thaiText = (marks: string[]) =>
	fc.array(
		fc.record({
			word: fc.constantFrom(...wordList),
			mark: fc.constantFrom('', '', ...marks),
			space: fc.constantFrom('', '', ' ')
		}),
		{ minLength: 1, maxLength: 40 }
	);
type Token = { word: string; mark: string; space: string };
const textOf = (tokens: Token[]) =>
	tokens.map((token) => token.word + token.mark + token.space).join('');

/** Where each word of the text starts. */
function wordStarts(tokens: Token[]): Set<number> {
	const starts = new Set<number>();
	tokens.reduce((at, token) => {
		starts.add(at);
		return at + token.word.length + token.mark.length + token.space.length;
	}, 0);
	return starts;
}

/** Where each line after the first starts in the text (the spaces dropped at a break skipped). */
function breakPositions(text: string, lines: string[]): number[] {
	const positions: number[] = [];
	let at = 0;
	lines.forEach((line, index) => {
		while (index > 0 && /\s/.test(text[at] ?? '')) at++;
		if (index > 0) positions.push(at);
		expect(text.startsWith(line, at)).toBe(true);
		at += line.length;
	});
	return positions;
}

describe('line breaks in generated Thai text', () => {
	it('can be judged by the word list: Intl.Segmenter never splits one of its words', () => {
		fc.assert(
			fc.property(thaiText([]), (tokens) => {
				const starts = wordStarts(tokens);
				for (const { index, segment } of words.segment(textOf(tokens)))
					if (segment.trim()) expect(starts.has(index)).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('fall only between words, never before ฯ, ๆ or a combining mark', () => {
		fc.assert(
			fc.property(thaiText(['ฯ', 'ๆ']), fc.integer({ min: 12, max: 40 }), (tokens, width) => {
				const text = textOf(tokens);
				const starts = wordStarts(tokens);
				const lines = wrapText(text, width, measure);
				for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
				for (const position of breakPositions(text, lines)) {
					expect(starts.has(position)).toBe(true);
					expect(text[position]).not.toMatch(/^[ฯๆ\p{M}]/u);
				}
			}),
			{ numRuns: 300 }
		);
	});
});

describe('clipText', () => {
	it('gives back text that fits whole, on one line', () => {
		expect(clipText('ฮานอย\n  เวียดนาม', 40)).toBe('ฮานอย เวียดนาม');
	});

	it('cuts at the last word boundary that fits, never inside a Thai word', () => {
		expect(clipText('ชะลอการดำเนินการโครงการฯ ตามประกาศ', 20)).toBe('ชะลอการดำเนินการ…');
		expect(clipText('ยุทธศาสตร์', 5)).toBe('ยุทธ…');
	});

	it('is never longer than asked', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 2, max: 200 }), (text, max) => {
				expect(clipText(text, max).length).toBeLessThanOrEqual(max);
			})
		);
	});
});
