import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition.ts';

describe('contentDisposition', () => {
	it('encodes Thai names in filename* and keeps an ASCII fallback', () => {
		expect(contentDisposition('หลักฐาน (1).pdf')).toBe(
			`attachment; filename="_______ (1).pdf"; filename*=UTF-8''%E0%B8%AB%E0%B8%A5%E0%B8%B1%E0%B8%81%E0%B8%90%E0%B8%B2%E0%B8%99%20%281%29.pdf`
		);
		expect(contentDisposition('a"b.txt')).toBe(
			`attachment; filename="a_b.txt"; filename*=UTF-8''a%22b.txt`
		);
	});

	it('leaves out bidi and control characters, and a lone surrogate, which cannot be encoded', () => {
		expect(contentDisposition('invoice\u202Efdp.exe')).toBe(
			`attachment; filename="invoicefdp.exe"; filename*=UTF-8''invoicefdp.exe`
		);
		expect(contentDisposition('a\u0000\r\nb\ud800.pdf')).toBe(
			`attachment; filename="ab.pdf"; filename*=UTF-8''ab.pdf`
		);
	});
});
