import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Sarabun (OFL-1.1), shipped with the project as an npm package: PDFs never fetch a font. */
const files = {
	regular: '@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf',
	bold: '@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf'
} as const;

export type FontName = keyof typeof files;

let loaded: Record<FontName, Buffer> | undefined;

/** The font files, read once. */
export function sarabun(): Record<FontName, Buffer> {
	loaded ??= {
		regular: readFileSync(require.resolve(files.regular)),
		bold: readFileSync(require.resolve(files.bold))
	};
	return loaded;
}
