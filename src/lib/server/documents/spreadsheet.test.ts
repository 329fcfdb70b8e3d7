import { describe, expect, it } from 'vitest';
import { guardFormula, toCsv, type Sheet } from './spreadsheet.ts';

const sheet = (rows: Sheet['rows']): Sheet => ({
	name: 'รายงาน',
	locale: 'th',
	columns: [
		{ header: 'ชื่อโครงการ', kind: 'text' },
		{ header: 'วันที่', kind: 'date' },
		{ header: 'งบประมาณ (บาท)', kind: 'baht' }
	],
	rows
});

describe('guardFormula', () => {
	it('makes text that would run as a formula plain text', () => {
		for (const text of ['=1+1', '+66 2 123', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
			expect(guardFormula(text)).toBe(`'${text}`);
		}
	});

	it('leaves other text as it is', () => {
		expect(guardFormula('โครงการ = 20 %')).toBe('โครงการ = 20 %');
	});
});

describe('toCsv', () => {
	it('starts with a byte-order mark and ends every line with CRLF', () => {
		const csv = toCsv(sheet([['โครงการ', '2019-10-01', 1500.5]]));
		expect(csv.startsWith('\uFEFFชื่อโครงการ,วันที่,งบประมาณ (บาท)\r\n')).toBe(true);
		expect(csv.endsWith('โครงการ,2019-10-01,1500.5\r\n')).toBe(true);
	});

	it('quotes commas, quotes and line breaks, and guards formulas', () => {
		const csv = toCsv(
			sheet([
				['ก, ข "ค"\nง', null, -5],
				['=HYPERLINK("x")', null, null]
			])
		);
		const [, first, second] = csv.slice(1).split('\r\n');
		expect(first).toBe('"ก, ข ""ค""\nง",,-5');
		expect(second).toBe(`"'=HYPERLINK(""x"")",,`);
	});
});
