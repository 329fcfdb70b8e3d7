import { describe, expect, it } from 'vitest';
import { normalize, termText, words } from './terms.ts';

describe('search terms', () => {
	it('treats Thai and Arabic digits alike', () => {
		expect(normalize('กท ๐๔๑๐/๒๕๖')).toBe('กท 0410/256');
		expect(termText('เมือง ๑๕ นาที')).toBe(termText('เมือง 15 นาที'));
	});

	it('splits Thai words and separates Thai from digits and Latin letters', () => {
		expect(termText('การแพร่ระบาดของโควิด19')).toMatch(/^การ แพร่ ระบาด ของ .+ 19$/);
		expect(termText('เมืองSmart')).toBe('เมือง smart');
	});

	it('stems English words', () => {
		expect(termText('Resilient Cities')).toBe(termText('resilient city'));
	});

	it('places each word in the original text', () => {
		const text = 'แนวคิดเมือง ๑๕ นาที (The 15-minute City)';
		for (const word of words(text)) {
			expect(normalize(text.slice(word.start, word.end)).length).toBe(word.end - word.start);
		}
		const minute = words(text).find((word) => word.term === 'minut');
		expect(minute && text.slice(minute.start, minute.end)).toBe('minute');
	});
});

describe('snippets', async () => {
	const { snippet } = await import('./snippet.ts');
	it('marks the matched words, escaped', () => {
		const text = 'เมืองเมลเบิร์น <จัด> ทางจักรยานและทางเท้าเพิ่มเติม';
		expect(snippet(text, new Set(['จักรยาน']))).toBe(
			'เมืองเมลเบิร์น &lt;จัด&gt; ทาง<mark>จักรยาน</mark>และทางเท้าเพิ่มเติม'
		);
	});
});
