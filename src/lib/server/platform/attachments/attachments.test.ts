import { describe, expect, it } from 'vitest';
import { cleanFileName } from './attachments.ts';

describe('cleanFileName', () => {
	it('keeps the name without folders, control or bidi characters', () => {
		expect(cleanFileName('C:\\เอกสาร\\หลักฐาน ๑.pdf')).toBe('หลักฐาน ๑.pdf');
		expect(cleanFileName('../../invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
		expect(cleanFileName('a\u0000b\u2067c\u200Ed\u061Ce\ud800.pdf')).toBe('abcde.pdf');
	});

	it('names a file that has no name left "file"', () => {
		expect(cleanFileName('\u202E\u0000')).toBe('file');
	});
});
