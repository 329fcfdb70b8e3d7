import { describe, expect, it } from 'vitest';
import { breakPieces, wrapText } from './line-breaking.ts';

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
