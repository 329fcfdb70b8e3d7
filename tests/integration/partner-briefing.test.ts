import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/lib/dates.ts';
import { renderPdf } from '../../src/lib/server/documents/pdf.ts';
import { partnerBriefingPdf } from '../../src/lib/server/dossiers/briefing-pdf.ts';
import { partnerBriefingRecords } from '../../src/lib/server/dossiers/briefing-records.ts';
import { partnerBriefing } from '../../src/lib/server/dossiers/briefing.ts';
import { partnerDossier } from '../../src/lib/server/dossiers/partner-dossier.ts';
import { practiceDetail } from '../../src/lib/server/knowledge/repository.ts';
import { practices } from '../../src/lib/server/knowledge/schema.ts';
import { partners } from '../../src/lib/server/partners/schema.ts';
import { addContact } from '../../src/lib/server/partners/write.ts';
import type { Actor } from '../../src/lib/server/platform/actor.ts';
import { agencies, auditLog } from '../../src/lib/server/platform/schema.ts';
import {
	makeAgreement,
	makeEngagement,
	makePartner,
	makeProject,
	makeUser
} from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
let hanoiId = '';
let viewer: Actor;
let officer: Actor;
const folder = mkdtempSync(join(tmpdir(), 'saphan-briefing-'));
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
	hanoiId = await partnerId('VN-HAN');
	viewer = (await makeUser(test.database.db, { roles: ['viewer'] })).actor;
	officer = (await makeUser(test.database.db, { roles: ['iao_officer'] })).actor;
});
afterAll(async () => {
	rmSync(folder, { recursive: true, force: true });
	await test.drop();
});

/** The id of the built-in partner or agency of that code. */
async function idOf(table: typeof partners | typeof agencies, code: string): Promise<string> {
	const [row] = await test.database.db
		.select({ id: table.id })
		.from(table)
		.where(eq(table.code, code));
	return row?.id ?? '';
}
const partnerId = (code: string) => idOf(partners, code);
const agencyId = (code: string) => idOf(agencies, code);

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

/**
 * The glyphs the PDF's pages draw, as PDFKit writes them: hexadecimal glyph ids of four digits in
 * the arrays of `TJ` operators, in its compressed content streams. Glyph 0 is .notdef, the empty
 * box a font draws for a character it does not have.
 */
function drawnGlyphs(pdf: Uint8Array): string[] {
	const source = Buffer.from(pdf).toString('latin1');
	const glyphs: string[] = [];
	for (const [, data] of source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
		let content: string;
		try {
			content = inflateSync(Buffer.from(data ?? '', 'latin1')).toString('latin1');
		} catch {
			continue;
		}
		for (const [, array] of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
			for (const [, hex] of (array ?? '').matchAll(/<([0-9a-fA-F]*)>/g))
				glyphs.push(...(hex?.match(/.{4}/g) ?? []));
	}
	return glyphs;
}

const options = { locale: 'th', dormantYears: 3 } as const;
const briefingPdf = (actor: Actor, id: string, locale: 'th' | 'en' = 'th') =>
	partnerBriefingPdf(test.database.db, { actor }, id, { ...options, locale });

describe('the executive briefing on Hanoi', () => {
	it('is a Thai PDF of at most two pages naming the partner, its agreements and its latest engagement', async () => {
		const { body, fileName } = await briefingPdf(viewer, hanoiId);
		expect(new TextDecoder().decode(body.subarray(0, 5))).toBe('%PDF-');
		expect(fileName).toBe('VN-HAN-briefing-th.pdf');
		const { text, pages } = read(body);
		expect(pages).toBeLessThanOrEqual(2);
		for (const expected of [
			'เอกสารสรุปสำหรับผู้บริหาร',
			'ฮานอย',
			'Hà Nội',
			'ความตกลงเมืองพี่เมืองน้องกรุงเทพมหานคร–ฮานอย',
			'ปฏิญญากรุงเทพ',
			'การประชุมผู้นำเมืองหลวงของประเทศสมาชิกอาเซียน ครั้งที่ 7 (MGMAC 2019)'
		])
			expect(text).toContain(squash(expected));
	});

	it('is worded in English when asked', async () => {
		const { body, fileName } = await briefingPdf(viewer, hanoiId, 'en');
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
		await expect(briefingPdf(viewer, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject(
			{ code: 'not_found' }
		);
	});
});

describe('the briefing on Yokohama (横浜), before a visit', () => {
	let yokohamaId = '';
	let contactId = '';
	const inDays = (days: number) =>
		new Date(Date.parse(`${todayIso()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
	beforeAll(async () => {
		const db = test.database.db;
		yokohamaId = await partnerId('JP-YOK');
		await makeEngagement(db, {
			kind: 'visit_in',
			titleTh: 'คณะผู้แทนนครโยโกฮามาเยือนกรุงเทพมหานคร',
			startsOn: '2025-06-02',
			endsOn: '2025-06-03',
			hostPartnerId: yokohamaId,
			participants: [
				{ partnerId: yokohamaId, presentationTh: 'ศูนย์ Y-PORT ความร่วมมือภาครัฐและเอกชน' },
				{ agencyId: await agencyId('ENVIRONMENT'), presentationTh: 'การจัดการขยะของกรุงเทพมหานคร' }
			],
			outcomes: [{ kind: 'joint_project', titleTh: 'โครงการแลกเปลี่ยนเจ้าหน้าที่ด้านเมืองอัจฉริยะ' }],
			commitments: [
				{
					titleTh: 'จัดทำร่างบันทึกความเข้าใจด้านเมืองอัจฉริยะ',
					scope: 'bilateral',
					agencyIds: [await agencyId('IAO')],
					partnerIds: [yokohamaId],
					dueOn: '2025-12-31',
					status: 'in_progress'
				}
			]
		});
		await makeEngagement(db, {
			kind: 'visit_out',
			titleTh: 'ผู้ว่าราชการกรุงเทพมหานครเยือนนครโยโกฮามา',
			startsOn: inDays(30),
			endsOn: inDays(32),
			participants: [{ partnerId: yokohamaId }]
		});
		await makeProject(db, {
			leadAgency: 'IAO',
			code: 'TEST-YOK-1',
			titleTh: 'โครงการเมืองอัจฉริยะกรุงเทพ–โยโกฮามา',
			partners: ['Yokohama']
		});
		const contact = await addContact(db, { actor: officer }, yokohamaId, {
			name: 'Sato Hanako',
			position: 'Director, International Affairs',
			workEmail: null,
			workPhone: null,
			purpose: 'ประสานงานการเยือนนครโยโกฮามา'
		});
		contactId = contact.id;
	});

	const texts = async (actor: Actor) => {
		const records = await partnerBriefingRecords(test.database.db, actor, yokohamaId, {
			dormantYears: 3
		});
		if (!records) throw new Error('no briefing');
		return partnerBriefing(records, options).blocks.flatMap((block) =>
			block.kind === 'list'
				? block.items
				: block.kind === 'facts'
					? block.rows.map((row) => `${row.label}: ${row.value}`)
					: 'text' in block
						? [block.text]
						: []
		);
	};

	it('tells what is coming, what each side presented and agreed, what is open and which projects are linked', async () => {
		const lines = (await texts(viewer)).join('\n');
		for (const expected of [
			'ชื่อในภาษาท้องถิ่น: 横浜',
			'การประชุมและการเยือนที่กำลังจะมาถึง',
			'ผู้ว่าราชการกรุงเทพมหานครเยือนนครโยโกฮามา',
			'คณะผู้แทนนครโยโกฮามาเยือนกรุงเทพมหานคร',
			'โครงการร่วมที่ตกลงกัน: โครงการแลกเปลี่ยนเจ้าหน้าที่ด้านเมืองอัจฉริยะ',
			'โยโกฮามา นำเสนอ: ศูนย์ Y-PORT ความร่วมมือภาครัฐและเอกชน',
			'สำนักสิ่งแวดล้อม นำเสนอ: การจัดการขยะของกรุงเทพมหานคร',
			'จัดทำร่างบันทึกความเข้าใจด้านเมืองอัจฉริยะ (กำลังดำเนินการ, กำหนดเสร็จ 31 ธันวาคม 2568 — เลยกำหนด)',
			'TEST-YOK-1 โครงการเมืองอัจฉริยะกรุงเทพ–โยโกฮามา (ปีงบประมาณ 2569, ยังไม่เริ่ม)'
		])
			expect(lines).toContain(expected);
	});

	it('shows contact persons with their purpose to the IAO only, never to a viewer', async () => {
		expect((await texts(officer)).join('\n')).toContain(
			'Sato Hanako, Director, International Affairs — ประสานงานการเยือนนครโยโกฮามา'
		);
		const forViewer = (await texts(viewer)).join('\n');
		expect(forViewer).not.toContain('Sato Hanako');
		expect(forViewer).not.toContain('ผู้ติดต่อ');
	});

	it('prints the Japanese name and, for the IAO, the contact, and audits the printing without the person', async () => {
		const { body } = await briefingPdf(officer, yokohamaId);
		const { text, pages } = read(body);
		expect(pages).toBeLessThanOrEqual(2);
		expect(text).toContain('横浜');
		expect(text).toContain(squash('Sato Hanako'));
		expect(drawnGlyphs(body)).not.toContain('0000');
		const printed = await test.database.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, contactId), eq(auditLog.action, 'print_personal_data')));
		expect(printed).toHaveLength(1);
		expect(printed[0]?.actorId).toBe(officer.id);
		expect(printed[0]?.after).toEqual({
			partnerId: yokohamaId,
			purpose: 'ประสานงานการเยือนนครโยโกฮามา'
		});
		expect(JSON.stringify(printed[0])).not.toContain('Sato');
	});

	it("leaves the contact out of a viewer's PDF, and out of the trail", async () => {
		const before = await test.database.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'print_personal_data'));
		const { text } = read((await briefingPdf(viewer, yokohamaId)).body);
		expect(text).not.toContain(squash('Sato Hanako'));
		const after = await test.database.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'print_personal_data'));
		expect(after).toHaveLength(before.length);
	});
});

describe('a partner with much on record', () => {
	it('still prints on two pages at most: every list cut short, every long text clipped at a word', async () => {
		const db = test.database.db;
		const iao = await agencyId('IAO');
		/** About 40 characters a time: titles of two, presentations of ten, all past what is kept. */
		const long = (times: number) => 'ความร่วมมือด้านการพัฒนาเมืองอย่างยั่งยืน '.repeat(times).trim();
		const partner = await makePartner(db, { nameEn: 'Busy City', descriptionTh: long(40) });
		const year = Number(todayIso().slice(0, 4));
		for (let n = 0; n < 7; n++) {
			await makeAgreement(db, partner.id, { titleTh: `บันทึกความเข้าใจฉบับที่ ${n + 1} ${long(1)}` });
			await makeEngagement(db, {
				titleTh: `การประชุมครั้งที่ ${n + 1} ${long(1)}`,
				startsOn: `${year - 1 - n}-03-01`,
				endsOn: `${year - 1 - n}-03-02`,
				participants: [1, 2, 3, 4].map(() => ({ partnerId: partner.id, presentationTh: long(10) })),
				outcomes: [1, 2, 3, 4].map(() => ({ kind: 'decision' as const, titleTh: long(10) })),
				commitments: [
					{
						titleTh: `ข้อผูกพันที่ ${n + 1} ${long(1)}`,
						scope: 'bilateral' as const,
						agencyIds: [iao],
						partnerIds: [partner.id],
						dueOn: `${year + 1}-01-01`
					}
				]
			});
			await makeEngagement(db, {
				titleTh: `การเยือนครั้งที่ ${n + 1} ${long(1)}`,
				startsOn: `${year + 1 + n}-03-01`,
				endsOn: `${year + 1 + n}-03-02`,
				participants: [{ partnerId: partner.id }]
			});
			await makeProject(db, {
				leadAgency: 'IAO',
				titleTh: `โครงการ ${long(1)}`,
				partners: ['Busy City']
			});
			await addContact(db, { actor: officer }, partner.id, {
				name: `ผู้ประสานงาน ${n + 1}`,
				position: 'ผู้อำนวยการกองการต่างประเทศ',
				workEmail: null,
				workPhone: null,
				purpose: long(1)
			});
		}
		for (const locale of ['th', 'en'] as const) {
			const pdf = (await briefingPdf(officer, partner.id, locale)).body;
			const { pages, text } = read(pdf);
			expect(pages, locale).toBeLessThanOrEqual(2);
			expect(text).toContain(
				squash(locale === 'th' ? 'และอีก 3 รายการในหน้าภาคี' : 'and 3 more on the partner page')
			);
		}
	});
});

describe('local names in every script', () => {
	it('prints the local name of every built-in partner, none of them as empty boxes', async () => {
		const named = await test.database.db
			.select({ id: partners.id, code: partners.code, nameLocal: partners.nameLocal })
			.from(partners)
			.where(and(isNotNull(partners.nameLocal), isNotNull(partners.code)));
		expect(named.length).toBeGreaterThanOrEqual(22);
		for (const partner of named) {
			const { body } = await briefingPdf(viewer, partner.id);
			expect(read(body).text, partner.code ?? '').toContain(squash(partner.nameLocal ?? ''));
			expect(drawnGlyphs(body), partner.code ?? '').not.toContain('0000');
			expect(body.length, partner.code ?? '').toBeLessThan(100_000);
		}
	});

	it('would see an empty box: a script no shipped font has is drawn as .notdef', async () => {
		const pdf = await renderPdf({
			title: 'ทดสอบ',
			lang: 'th',
			pageLabel: '{page}',
			thaiDigits: false,
			blocks: [{ kind: 'paragraph', text: 'თბილისი' }]
		});
		expect(drawnGlyphs(pdf)).toContain('0000');
	});
});

describe('practices from a partner', () => {
	it('links the seed 000 practice of Yokohama to the partner Yokohama, and its dossier lists it', async () => {
		const db = test.database.db;
		const dossier = await partnerDossier(db, await partnerId('JP-YOK'), 3);
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
