import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The fonts a PDF draws with (all OFL-1.1), shipped with the project as npm packages: PDFs never
 * fetch a font. Sarabun draws Thai and Latin (Vietnamese included); the Noto fonts draw the other
 * scripts partners write their names in (`script-runs.ts` says which font draws which text), and
 * Hanuman draws Khmer: fontkit cannot shape Noto Sans Khmer, whose mark positioning has empty
 * anchors (fontkit issue 367).
 */
/** A font's regular and bold files in a package of `@expo-google-fonts`. */
const expoFont = (name: string, file: string) => ({
	regular: `${name}/400Regular/${file}_400Regular.ttf`,
	bold: `${name}/700Bold/${file}_700Bold.ttf`
});

const files = {
	sarabun: expoFont('sarabun', 'Sarabun'),
	notoSans: expoFont('noto-sans', 'NotoSans'),
	notoSansSC: expoFont('noto-sans-sc', 'NotoSansSC'),
	notoSansJP: expoFont('noto-sans-jp', 'NotoSansJP'),
	notoSansKR: expoFont('noto-sans-kr', 'NotoSansKR'),
	notoSansLao: expoFont('noto-sans-lao', 'NotoSansLao'),
	notoSansMyanmar: expoFont('noto-sans-myanmar', 'NotoSansMyanmar'),
	hanuman: { regular: 'hanuman/Hanuman_400Regular.ttf', bold: 'hanuman/Hanuman_700Bold.ttf' }
} as const;

export type FontFamily = keyof typeof files;
export type FontName = 'regular' | 'bold';

/** Where a font's file is, e.g. `…/@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf`. */
function fontPath(family: FontFamily, font: FontName): string {
	return require.resolve(`@expo-google-fonts/${files[family][font]}`);
}

const loaded = new Map<string, Buffer>();

/**
 * A font's file, read the first time a document needs it and kept: the Chinese, Japanese and
 * Korean files are 5–11 MB each, so a document that never prints those scripts never reads them.
 */
export function fontFile(family: FontFamily, font: FontName): Buffer {
	const path = fontPath(family, font);
	let file = loaded.get(path);
	if (!file) {
		file = readFileSync(path);
		loaded.set(path, file);
	}
	return file;
}
