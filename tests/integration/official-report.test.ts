import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officialReportPdf } from '../../src/lib/server/projects/official-report-pdf.ts';
import { saveProgressReport } from '../../src/lib/server/projects/progress-reports.ts';
import { projects } from '../../src/lib/server/projects/schema.ts';
import { makeProject, makeUser } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
let projectId = '';
const folder = mkdtempSync(join(tmpdir(), 'saphan-pdf-'));
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
	const [row] = await test.database.db
		.select({ id: projects.id })
		.from(projects)
		.where(eq(projects.code, '04160000-3949'));
	projectId = row?.id ?? '';
});
afterAll(async () => {
	rmSync(folder, { recursive: true, force: true });
	await test.drop();
});

/** The PDF's text as poppler extracts it, every run of white space removed. */
function textOf(pdf: Uint8Array): string {
	const file = join(folder, `${Math.random().toString(36).slice(2)}.pdf`);
	writeFileSync(file, pdf);
	return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
		encoding: 'utf8'
	}).replace(/\s+/g, '');
}
const squash = (text: string) => text.replace(/\s+/g, '');

describe('the official report of project 04160000-3949', () => {
	it('is a PDF whose Thai text reads back: code, title, sections and the seventh report at 20 %', async () => {
		const { body, fileName } = await officialReportPdf(test.database.db, projectId, 'every', {
			locale: 'th',
			thaiDigits: false
		});
		expect(new TextDecoder().decode(body.subarray(0, 5))).toBe('%PDF-');
		expect(fileName).toBe('04160000-3949-progress-report-th.pdf');
		const text = textOf(body);
		for (const expected of [
			'แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ',
			'04160000-3949',
			'โครงการส่งเสริมความร่วมมือจากแนวปฏิบัติที่ดีที่สุดกับเมืองที่เมืองน้อง (เรียนรู้ในด้านคุณภาพชีวิต)',
			'1.1 รหัสโครงการและชื่อโครงการ',
			'1.2 หน่วยงานที่รับผิดชอบ',
			'1.3 หลักการและเหตุผล',
			'1.4 วัตถุประสงค์ของโครงการ',
			'1.5 เป้าหมายของโครงการ',
			'1.6 สนับสนุนแผน',
			'2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ',
			'รายงานครั้งที่ 7',
			'ความก้าวหน้าของงานฯ = 20.00 %',
			'ไม่เป็นไปตามแผน',
			'ไม่เป็นไปตามเป้าหมาย',
			'1 ตุลาคม 2562',
			'และเป็นที่เชิ'
		]) {
			expect(text, expected).toContain(squash(expected));
		}
		expect(text).not.toMatch(/[\u0E80-\u0EFF]/);
	});

	it('has Thai digits in its figures and dates when asked, the project code as written', async () => {
		const { body, fileName } = await officialReportPdf(test.database.db, projectId, 'every', {
			locale: 'th',
			thaiDigits: true
		});
		expect(fileName).toBe('04160000-3949-progress-report-th-thai-digits.pdf');
		const text = textOf(body);
		expect(text).toContain(squash('๑ ตุลาคม ๒๕๖๒'));
		expect(text).toContain(squash('ความก้าวหน้าของงานฯ = ๒๐.๐๐ %'));
		expect(text).toContain(squash('๑.๑ รหัสโครงการและชื่อโครงการ'));
		expect(text).toContain('04160000-3949');
	});

	it('has an English version, with the Thai text of the form kept', async () => {
		const { body } = await officialReportPdf(test.database.db, projectId, 'every', {
			locale: 'en',
			thaiDigits: false
		});
		const text = textOf(body);
		for (const expected of [
			'Project progress report and project information',
			'Project to Promote Cooperation Drawing on Best Practices with Sister Cities',
			'1.4 Objectives',
			'Report 7',
			'Work done = 20.00 %',
			'Not on plan',
			'Not on target',
			'1 October 2019',
			'เพื่อส่งเสริมและกระชับความสัมพันธ์'
		]) {
			expect(text, expected).toContain(squash(expected));
		}
	});
});

describe('the official report of a project with a report under way', () => {
	it('shows approved reports only and says how many are left out', async () => {
		const project = await makeProject(test.database.db, {
			leadAgency: 'IAO',
			reports: [
				{
					sequence: 1,
					reportedOn: '2025-11-15',
					statusText: 'เริ่มประสานงาน',
					percentDone: 10,
					onPlan: true,
					onTarget: true
				}
			]
		});
		const { actor } = await makeUser(test.database.db, { roles: ['iao_officer'] });
		await saveProgressReport(test.database.db, { actor }, project.id, {
			reportedOn: '2025-12-15',
			statusText: 'ร่างที่ยังไม่ส่ง',
			percentDone: 30,
			budgetDisbursed: 0,
			onPlan: true,
			onTarget: true,
			projectStatus: null
		});
		const { body } = await officialReportPdf(test.database.db, project.id, 'every', {
			locale: 'th',
			thaiDigits: false
		});
		const text = textOf(body);
		expect(text).toContain('เริ่มประสานงาน');
		expect(text).not.toContain('ร่างที่ยังไม่ส่ง');
		expect(text).toContain(squash('รายงานความก้าวหน้าที่ยังไม่ได้รับอนุมัติ 1 ครั้ง'));
	});
});
