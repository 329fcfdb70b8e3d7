import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../documents/model.ts';
import {
	officialReport,
	officialReportFileName,
	officialReportOptions
} from './official-report.ts';
import type { projectDetail } from './repository.ts';

type Detail = NonNullable<Awaited<ReturnType<typeof projectDetail>>>;
type Report = Detail['reports'][number];

const report = (sequence: number, changes: Partial<Report> = {}): Report =>
	({
		id: `report-${sequence}`,
		sequence,
		reportedOn: '2020-05-15',
		statusText: `รายงานที่ ${sequence}`,
		percentDone: 20,
		budgetDisbursed: 1500,
		cumulativeDisbursed: 1500,
		onPlan: false,
		onTarget: false,
		projectStatus: null,
		state: 'approved',
		...changes
	}) as Report;

const detail = (reports: Report[]): Detail =>
	({
		project: {
			id: 'project-1',
			code: '04160000-3949',
			titleTh: 'โครงการทดสอบ',
			titleEn: 'Test project',
			fiscalYear: 2563,
			startDate: '2019-10-01',
			endDate: '2020-09-29',
			budgetReceived: 1234567.5,
			budgetSpent: 0,
			status: 'cancelled',
			objectives: ['เพื่อทดสอบ'],
			rationaleTh: 'หลักการ',
			targetsTh: 'เป้าหมาย',
			responsiblePerson: 'นางสาวทดสอบ',
			responsiblePhone: '1521',
			coordinator: null,
			coordinatorRole: null,
			responsibleUnitText: null
		},
		agencies: [],
		alignment: [],
		reports
	}) as unknown as Detail;

const texts = (blocks: DocumentBlock[]) => JSON.stringify(blocks);
const table = (blocks: DocumentBlock[]) =>
	blocks.find(
		(block): block is Extract<DocumentBlock, { kind: 'table' }> => block.kind === 'table'
	);

describe('officialReport', () => {
	it('puts Thai digits in section numbers, dates, amounts and percentages, not in the code', () => {
		const model = officialReport(detail([report(7)]), { locale: 'th', thaiDigits: true });
		const all = texts(model.blocks);
		expect(all).toContain('๑.๑ รหัสโครงการและชื่อโครงการ');
		expect(all).toContain('๑,๒๓๔,๕๖๗.๕๐ บาท');
		expect(all).toContain('๑ ตุลาคม ๒๕๖๒');
		expect(all).toContain('04160000-3949');
		expect(table(model.blocks)?.rows[0]?.[1]).toContain('ความก้าวหน้าของงานฯ = ๒๐.๐๐ %');
		expect(model.thaiDigits).toBe(true);
	});

	it('keeps Arabic digits by default and writes the on-plan and on-target columns as the form does', () => {
		const model = officialReport(detail([report(7)]), { locale: 'th', thaiDigits: false });
		const row = table(model.blocks)?.rows[0];
		expect(row?.[0]).toBe('รายงานครั้งที่ 7');
		expect(row?.[1]).toContain('15/5/2563');
		expect(row?.slice(2)).toEqual(['ไม่เป็นไปตามแผน', 'ไม่เป็นไปตามเป้าหมาย']);
	});

	it('shows approved reports only and says how many others wait', () => {
		const model = officialReport(
			detail([report(1), report(2, { state: 'submitted' }), report(3, { state: 'draft' })]),
			{ locale: 'en', thaiDigits: false }
		);
		expect(table(model.blocks)?.rows.map((row) => row[0])).toEqual(['Report 1']);
		expect(texts(model.blocks)).toContain('2 progress reports not yet approved');
	});

	it("marks the form's Thai-only text as Thai in the English version", () => {
		const model = officialReport(detail([]), { locale: 'en', thaiDigits: false });
		expect(model.lang).toBe('en');
		expect(model.blocks).toContainEqual({ kind: 'paragraph', text: 'หลักการ', lang: 'th' });
		expect(texts(model.blocks)).toContain('No approved progress report yet');
	});
});

describe('officialReportOptions and the file name', () => {
	it("take the asked language and digits, else the reader's language", () => {
		expect(officialReportOptions({}, 'en')).toEqual({ locale: 'en', thaiDigits: false });
		const options = officialReportOptions({ lang: 'th', digits: 'thai' }, 'en');
		expect(options).toEqual({ locale: 'th', thaiDigits: true });
		expect(officialReportFileName(detail([]), options)).toBe(
			'04160000-3949-progress-report-th-thai-digits.pdf'
		);
	});
});
