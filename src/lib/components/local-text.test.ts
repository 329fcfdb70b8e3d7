import { describe, expect, it } from 'vitest';
import { localText, summarize } from './local-text.ts';

describe('localText', () => {
	it('gives the Thai to Thai readers and the English to English readers', () => {
		expect(localText('th', 'แผน', 'Plan')).toEqual({ text: 'แผน', lang: undefined });
		expect(localText('en', 'แผน', 'Plan')).toEqual({ text: 'Plan', lang: undefined });
	});

	it('lets the Thai stand in for missing English, marked as Thai', () => {
		expect(localText('en', 'แผน', null)).toEqual({ text: 'แผน', lang: 'th' });
		expect(localText('en', 'แผน', '')).toEqual({ text: 'แผน', lang: 'th' });
		expect(localText('en', 'แผน', undefined)).toEqual({ text: 'แผน', lang: 'th' });
	});
});

describe('summarize', () => {
	it('keeps a short text whole, its spaces tidied', () => {
		expect(summarize('  Plan   of  action ', 40)).toBe('Plan of action');
	});

	it('cuts a long English text between words', () => {
		const cut = summarize('A cooperation plan with at least one sister city', 20);
		expect(cut).toBe('A cooperation plan…');
		expect(cut.length).toBeLessThanOrEqual(20);
	});

	it('cuts a long Thai text between words, never inside one', () => {
		const text = 'มีการจัดทำแผนความร่วมมือกับเมืองพี่เมืองน้องอย่างน้อยหนึ่งเมือง';
		const cut = summarize(text, 20);
		expect(cut.endsWith('…')).toBe(true);
		expect(cut.length).toBeLessThanOrEqual(20);
		expect(text.startsWith(cut.slice(0, -1))).toBe(true);
		const words = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)];
		const boundaries = words.map((word) => word.index);
		expect(boundaries).toContain(cut.length - 1);
	});

	it('falls back to whole characters when the first word is too long', () => {
		expect(summarize('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
	});
});
