import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceDetail } from '../../src/lib/server/knowledge/repository.ts';
import { practices } from '../../src/lib/server/knowledge/schema.ts';
import { partnerBriefingPdf } from '../../src/lib/server/dossiers/briefing-pdf.ts';
import { partnerDossier } from '../../src/lib/server/dossiers/partner-dossier.ts';
import { partners } from '../../src/lib/server/partners/schema.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
let hanoiId = '';
const folder = mkdtempSync(join(tmpdir(), 'saphan-briefing-'));
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
	const [row] = await test.database.db
		.select({ id: partners.id })
		.from(partners)
		.where(eq(partners.code, 'VN-HAN'));
	hanoiId = row?.id ?? '';
});
afterAll(async () => {
	rmSync(folder, { recursive: true, force: true });
	await test.drop();
});

/** The PDF's text as poppler extracts it, every run of white space removed, and its page count. */
function read(pdf: Uint8Array): { text: string; pages: number } {
	const file = join(folder, `${Math.random().toString(36).slice(2)}.pdf`);
	writeFileSync(file, pdf);
	const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
		encoding: 'utf8'
	});
	return { text: text.replace(/\s+/g, ''), pages: text.split('\f').filter((p) => p.trim()).length };
}
const squash = (text: string) => text.replace(/\s+/g, '');

describe('the executive briefing on Hanoi', () => {
	it('is a one-page Thai PDF naming the partner, its agreements and its latest engagement', async () => {
		const { body, fileName } = await partnerBriefingPdf(test.database.db, hanoiId, {
			locale: 'th',
			dormantYears: 3
		});
		expect(new TextDecoder().decode(body.subarray(0, 5))).toBe('%PDF-');
		expect(fileName).toBe('VN-HAN-briefing-th.pdf');
		const { text, pages } = read(body);
		expect(pages).toBe(1);
		for (const expected of [
			'เอกสารสรุปสำหรับผู้บริหาร',
			'ฮานอย',
			'ความตกลงเมืองพี่เมืองน้องกรุงเทพมหานคร–ฮานอย',
			'ปฏิญญากรุงเทพ',
			'การประชุมผู้นำเมืองหลวงของประเทศสมาชิกอาเซียน ครั้งที่ 7 (MGMAC 2019)'
		])
			expect(text).toContain(squash(expected));
	});

	it('is worded in English when asked', async () => {
		const { body, fileName } = await partnerBriefingPdf(test.database.db, hanoiId, {
			locale: 'en',
			dormantYears: 3
		});
		expect(fileName).toBe('VN-HAN-briefing-en.pdf');
		const { text } = read(body);
		for (const expected of [
			'Executive briefing',
			'Hanoi',
			'Bangkok–Hanoi partner city agreement',
			'Bangkok Declaration',
			'The 7th Meeting of Governors/Mayors of ASEAN Capitals (MGMAC 2019)'
		])
			expect(text).toContain(squash(expected));
	});

	it('refuses a partner that does not exist', async () => {
		await expect(
			partnerBriefingPdf(test.database.db, '00000000-0000-4000-8000-000000000000', {
				locale: 'th',
				dormantYears: 3
			})
		).rejects.toMatchObject({ code: 'not_found' });
	});
});

describe('practices from a partner', () => {
	it('links the seed 000 practice of Yokohama to the partner Yokohama, and its dossier lists it', async () => {
		const db = test.database.db;
		const [yokohama] = await db
			.select({ id: partners.id })
			.from(partners)
			.where(eq(partners.code, 'JP-YOK'));
		const dossier = await partnerDossier(db, yokohama?.id ?? '', 3);
		expect(dossier?.practices.map((practice) => practice.titleTh)).toContain(
			'ศูนย์ Y-PORT ความร่วมมือภาครัฐและเอกชนด้านเทคโนโลยีเพื่อเมืองอัจฉริยะ'
		);
		const [practice] = await db
			.select({ id: practices.id })
			.from(practices)
			.where(eq(practices.code, 'seed000-city-01-yokohama'));
		const detail = await practiceDetail(db, practice?.id ?? '', 'every');
		expect(detail?.partner?.nameEn).toBe('Yokohama');
	});

	it('leaves a practice of a country no partner is named after unlinked, and Hanoi without practices', async () => {
		const db = test.database.db;
		const [norway] = await db
			.select({ partnerId: practices.partnerId })
			.from(practices)
			.where(eq(practices.sourceNameEn, 'Norway'));
		expect(norway?.partnerId).toBeNull();
		expect((await partnerDossier(db, hanoiId, 3))?.practices).toEqual([]);
	});
});
