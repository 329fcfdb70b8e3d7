import type { FontFamily } from './fonts.ts';

/** A stretch of text drawn in one font. */
export interface ScriptRun {
	text: string;
	family: FontFamily;
}

/**
 * Which font draws each script. Han is drawn by the font of the language it is written in, since
 * Chinese, Japanese and Korean draw some characters differently; characters of no script of their
 * own (spaces, digits, punctuation, combining marks) go with the text around them.
 */
const scripts: [RegExp, FontFamily | 'han'][] = [
	[/[\p{Script=Thai}\p{Script=Latin}]/u, 'sarabun'],
	[/[\p{Script=Cyrillic}\p{Script=Greek}]/u, 'notoSans'],
	[/\p{Script=Lao}/u, 'notoSansLao'],
	[/\p{Script=Khmer}/u, 'hanuman'],
	[/\p{Script=Myanmar}/u, 'notoSansMyanmar'],
	[/\p{Script=Hangul}/u, 'notoSansKR'],
	[/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'notoSansJP'],
	[/[\p{Script=Han}\p{Script=Bopomofo}]/u, 'han']
];

/**
 * The font of Han characters: the language's when the text says it (`lang`, a BCP 47 tag), else
 * Japanese beside kana, Korean beside Hangul, and Chinese otherwise.
 */
function hanFamily(text: string, lang: string | undefined): FontFamily {
	const language = lang?.split('-')[0];
	if (language === 'ja' || (!language && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)))
		return 'notoSansJP';
	if (language === 'ko' || (!language && /\p{Script=Hangul}/u.test(text))) return 'notoSansKR';
	return 'notoSansSC';
}

/** Splits text into runs, each in the font that has its script's glyphs. */
export function scriptRuns(text: string, lang?: string): ScriptRun[] {
	const characters = [...text];
	let han: FontFamily | undefined;
	const families = characters.map((character) => {
		const family = scripts.find(([pattern]) => pattern.test(character))?.[1];
		if (family !== 'han') return family;
		han ??= hanFamily(text, lang);
		return han;
	});
	const runs: ScriptRun[] = [];
	let current = families.find((family) => family !== undefined) ?? 'sarabun';
	characters.forEach((character, index) => {
		current = families[index] ?? current;
		const last = runs.at(-1);
		if (last?.family === current) last.text += character;
		else runs.push({ text: character, family: current });
	});
	return runs;
}
