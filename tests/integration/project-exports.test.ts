import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv, toXlsx } from '../../src/lib/server/documents/spreadsheet.ts';
import { progressReportsSheet, registerSheet } from '../../src/lib/server/projects/exports.ts';
import { projectFilterSchema } from '../../src/lib/server/projects/repository.ts';
import { projects } from '../../src/lib/server/projects/schema.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
let projectId = '';
const title = 'โครงการส่งเสริมความร่วมมือจากแนวปฏิบัติที่ดีที่สุดกับเมืองที่เมืองน้อง (เรียนรู้ในด้านคุณภาพชีวิต)';
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
	const [row] = await test.database.db
		.select({ id: projects.id })
		.from(projects)
		.where(eq(projects.code, '04160000-3949'));
	projectId = row?.id ?? '';
});
afterAll(() => test.drop());

async function readBack(bytes: Uint8Array) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	const worksheet = workbook.worksheets[0];
	if (!worksheet) throw new Error('no worksheet');
	return worksheet;
}

describe('the register export', () => {
	it('holds every project the filter finds, Thai intact, dates as dates, baht grouped', async () => {
		const filter = projectFilterSchema.parse({ fiscalYear: 2563 });
		const sheet = await registerSheet(test.database.db, filter, 'th');
		expect(sheet.rows).toHaveLength(1);
		const worksheet = await readBack(await toXlsx(sheet));
		expect(worksheet.name).toBe('ทะเบียนโครงการ');
		expect(worksheet.getCell('A1').value).toBe('รหัสโครงการ');
		expect(worksheet.getCell('A2').value).toBe('04160000-3949');
		expect(worksheet.getCell('B2').value).toBe(title);
		expect(worksheet.getCell('F2').value).toBe('ยกเลิก');
		const start = worksheet.getCell('H2');
		expect(start.value).toEqual(new Date(Date.UTC(2019, 9, 1)));
		expect(start.numFmt).toBe('[$-107041E]d mmm yyyy');
		expect(worksheet.getCell('J2').numFmt).toBe('#,##0.00');
		expect(worksheet.getCell('L2').value).toBe(20);
	});

	it('is CSV with a byte-order mark and the project in Thai', async () => {
		const filter = projectFilterSchema.parse({ fiscalYear: 2566 });
		const csv = toCsv(await registerSheet(test.database.db, filter, 'en'));
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toMatch(/^Project code,/);
		expect(lines).toHaveLength(23 + 2);
	});
});

describe("a project's reports export", () => {
	it('lists the seven reports, the seventh at 20 %, not on plan', async () => {
		const { sheet, fileStem } = await progressReportsSheet(
			test.database.db,
			projectId,
			'every',
			'th'
		);
		expect(fileStem).toBe('04160000-3949-progress-reports');
		const worksheet = await readBack(await toXlsx(sheet));
		expect(worksheet.rowCount).toBe(8);
		const seventh = worksheet.getRow(8);
		expect(seventh.getCell(1).value).toBe(7);
		expect(String(seventh.getCell(3).value)).toContain('ยกเลิกโครงการ');
		expect(seventh.getCell(4).value).toBe(20);
		expect(seventh.getCell(7).value).toBe('ไม่ใช่');
		expect(seventh.getCell(10).value).toBe('อนุมัติแล้ว');
	});
});
