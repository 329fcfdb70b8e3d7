import { describe, expect, it } from 'vitest';
import { scriptRuns } from './script-runs.ts';

describe('scriptRuns', () => {
	it('draws Thai, Latin and Vietnamese in Sarabun, in one run', () => {
		expect(scriptRuns('ฮานอย (Hà Nội)')).toEqual([{ text: 'ฮานอย (Hà Nội)', family: 'sarabun' }]);
	});

	it('gives each script its font, spaces and punctuation going with the text before them', () => {
		const text = 'มอสโก Москва, ວຽງຈັນ ភ្នំពេញ 서울 နေပြည်တော်';
		expect(scriptRuns(text).map((run) => `${run.family}:${run.text}`)).toEqual([
			'sarabun:มอสโก ',
			'notoSans:Москва, ',
			'notoSansLao:ວຽງຈັນ ',
			'hanuman:ភ្នំពេញ ',
			'notoSansKR:서울 ',
			'notoSansMyanmar:နေပြည်တော်'
		]);
	});

	it('draws Han in the font of the language the text is in', () => {
		expect(scriptRuns('横浜', 'ja')).toEqual([{ text: '横浜', family: 'notoSansJP' }]);
		expect(scriptRuns('北京', 'zh-Hans')).toEqual([{ text: '北京', family: 'notoSansSC' }]);
		expect(scriptRuns('北京')).toEqual([{ text: '北京', family: 'notoSansSC' }]);
	});

	it('takes Japanese beside kana and Korean beside Hangul when no language is given', () => {
		expect(scriptRuns('東京タワー')).toEqual([{ text: '東京タワー', family: 'notoSansJP' }]);
		expect(scriptRuns('서울特別市')).toEqual([{ text: '서울特別市', family: 'notoSansKR' }]);
	});

	it('starts with the font of the first script when the text opens with digits or marks', () => {
		expect(scriptRuns('2019年 北京')).toEqual([{ text: '2019年 北京', family: 'notoSansSC' }]);
		expect(scriptRuns('')).toEqual([]);
		expect(scriptRuns('42')).toEqual([{ text: '42', family: 'sarabun' }]);
	});

	it('gives back the text unchanged when its runs are joined', () => {
		const text = 'กรุงโซล (서울특별시) — Seoul, 2562–2567';
		expect(
			scriptRuns(text)
				.map((run) => run.text)
				.join('')
		).toBe(text);
	});
});
