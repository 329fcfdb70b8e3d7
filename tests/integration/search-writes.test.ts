import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, engagements } from '../../src/lib/server/db/schema.ts';
import { contactInputSchema } from '../../src/lib/server/partners/schemas.ts';
import { addContact } from '../../src/lib/server/partners/write.ts';
import type { Actor } from '../../src/lib/server/platform/actor.ts';
import { parseInput } from '../../src/lib/server/platform/validation.ts';
import { submitProgressReport } from '../../src/lib/server/projects/progress-reports.ts';
import { createProject } from '../../src/lib/server/projects/save-project.ts';
import { projectInputSchema } from '../../src/lib/server/projects/schemas.ts';
import { catalogs, type MessageKey } from '../../src/lib/i18n/index.ts';
import { search } from '../../src/lib/server/search/query.ts';
import { searchQuerySchema } from '../../src/lib/server/search/schemas.ts';
import { searchSources, searchTypes } from '../../src/lib/server/modules.ts';
import {
	makeAgreement,
	makeEngagement,
	makePartner,
	makeProgressReport,
	makeUser
} from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
let officer: Actor;
let viewer: Actor;
const agencyId: Record<string, string> = {};
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
	for (const row of await test.database.db.select().from(agencies)) agencyId[row.code] = row.id;
	officer = (await makeUser(test.database.db, { roles: ['iao_officer'] })).actor;
	viewer = (await makeUser(test.database.db, { roles: ['viewer'] })).actor;
}, 120_000);
afterAll(() => test.drop());

const reporterOf = async (code: string): Promise<Actor> =>
	(await makeUser(test.database.db, { roles: ['agency_reporter'], agencyIds: [agencyId[code]!] }))
		.actor;

/** The urls of what the search finds, of one type, as the actor sees it. */
const urls = async (q: string, type: string, actor: Actor = viewer) =>
	(await search(test.database.db, actor, searchSources, { q, type, limit: 10 })).results.map(
		(result) => result.url
	);

describe('every write is found by the search right after it', () => {
	it('finds a new partner and its agreement, never its contact people', async () => {
		const db = test.database.db;
		const partner = await makePartner(
			db,
			{
				nameTh: 'นครวาลุกาทดสอบ',
				nameEn: 'Sandcastle Harbour',
				countryCode: 'JP',
				descriptionTh: 'เมืองท่าที่เด่นด้านการจัดการน้ำท่วมชายฝั่ง'
			},
			officer
		);
		expect(await urls('Sandcastle Harbour', 'partner')).toContain(`/partners/${partner.id}`);
		expect(await urls('น้ำท่วมชายฝั่ง', 'partner')).toContain(`/partners/${partner.id}`);
		await makeAgreement(
			db,
			partner.id,
			{
				titleTh: 'บันทึกความเข้าใจด้านเรือโดยสารไฟฟ้า',
				titleEn: 'MOU on electric ferries',
				signedOn: '2025-01-15',
				fields: ['การขนส่งทางน้ำ']
			},
			officer
		);
		expect((await urls('electric ferries', 'agreement'))[0]).toBe(`/partners/${partner.id}`);
		expect((await urls('Sandcastle', 'agreement'))[0]).toBe(`/partners/${partner.id}`);
		await addContact(
			db,
			{ actor: officer },
			partner.id,
			parseInput(contactInputSchema, {
				name: 'Quentin Zebulonsky',
				workEmail: 'quentin@example.org',
				purpose: 'ประสานงานความร่วมมือ'
			})
		);
		const everything = await search(db, officer, searchSources, {
			q: 'Zebulonsky',
			type: null,
			limit: 10
		});
		expect(everything.results).toEqual([]);
	});

	it('finds a new engagement by its venue and topics, with its outcome and commitment', async () => {
		const id = await makeEngagement(
			test.database.db,
			{
				kind: 'seminar',
				titleTh: 'สัมมนาการจัดการขยะอินทรีย์',
				titleEn: 'Seminar on organic waste',
				startsOn: '2025-05-10',
				endsOn: '2025-05-10',
				venue: 'ศาลาว่าการกรุงเทพมหานคร',
				city: 'Bangkok',
				countryCode: 'TH',
				topics: ['ปุ๋ยหมักชุมชน'],
				outcomes: [{ kind: 'recommendation', titleTh: 'ขยายจุดรับเศษอาหารทุกเขต' }],
				commitments: [
					{
						titleTh: 'จัดทำคู่มือคัดแยกเศษอาหารในตลาดสด',
						scope: 'multilateral',
						agencyIds: [agencyId.ENVIRONMENT!]
					}
				]
			},
			officer
		);
		expect((await urls('ปุ๋ยหมักชุมชน', 'engagement'))[0]).toBe(`/engagements/${id}`);
		expect((await urls('organic waste', 'engagement'))[0]).toBe(`/engagements/${id}`);
		expect((await urls('จุดรับเศษอาหาร', 'engagement_outcome'))[0]).toBe(
			`/engagements/${id}#outcomes`
		);
		expect((await urls('คู่มือคัดแยกเศษอาหาร', 'commitment'))[0]).toBe(
			`/engagements/${id}#commitments`
		);
		expect((await urls('คู่มือคัดแยกเศษอาหาร สำนักสิ่งแวดล้อม', 'commitment'))[0]).toBe(
			`/engagements/${id}#commitments`
		);
	});

	it('finds a new project; its draft report only by its own agency until it is submitted', async () => {
		const db = test.database.db;
		const project = await createProject(
			db,
			{ actor: officer },
			parseInput(projectInputSchema, {
				code: '04160000-9901',
				titleTh: 'โครงการแลกเปลี่ยนนักผังเมืองรุ่นเยาว์',
				fiscalYear: 2569,
				startDate: '2025-10-01',
				endDate: '2026-09-29',
				budgetReceived: 250_000,
				leadAgencies: ['ENVIRONMENT'],
				supportingAgencies: [],
				objectives: [],
				partnerIds: [],
				themes: [],
				isNew: true
			})
		);
		expect((await urls('นักผังเมืองรุ่นเยาว์', 'project'))[0]).toBe(`/projects/${project.id}`);
		const own = await reporterOf('ENVIRONMENT');
		const draft = await makeProgressReport(
			db,
			project.id,
			{
				reportedOn: '2025-12-15',
				statusText: 'คัดเลือกผู้เข้าร่วมโครงการแล้วยี่สิบคน',
				percentDone: 30,
				budgetDisbursed: 100_000
			},
			own
		);
		const q = 'คัดเลือกผู้เข้าร่วมโครงการแล้วยี่สิบคน';
		const other = await reporterOf('IAO');
		expect((await urls(q, 'progress_report', own))[0]).toBe(`/projects/${project.id}`);
		expect(await urls(q, 'progress_report', other)).not.toContain(`/projects/${project.id}`);
		expect(await urls(q, 'progress_report', viewer)).not.toContain(`/projects/${project.id}`);
		await submitProgressReport(db, { actor: own }, project.id, draft.sequence, draft.version);
		expect((await urls(q, 'progress_report', other))[0]).toBe(`/projects/${project.id}`);
	});
});

describe('the built-in engagements', () => {
	it('finds the MGMAC 2019 meeting by a Thai phrase and by “Bangkok Declaration”', async () => {
		const [mgmac] = await test.database.db
			.select({ id: engagements.id })
			.from(engagements)
			.where(eq(engagements.code, 'ENG-2019-MGMAC'));
		const url = `/engagements/${mgmac!.id}`;
		expect((await urls('การประชุมผู้นำเมืองหลวงอาเซียน', 'engagement')).slice(0, 3)).toContain(url);
		expect((await urls('Bangkok Declaration', 'engagement')).slice(0, 3)).toContain(url);
		expect(await urls('ปฏิญญากรุงเทพ', 'engagement_outcome')).toContain(`${url}#outcomes`);
	});
});

describe('the type filter', () => {
	it('takes the partner and engagement types, each named in Thai and English', () => {
		const added = ['partner', 'agreement', 'engagement', 'engagement_outcome', 'commitment'];
		for (const type of added) {
			expect(searchQuerySchema(searchTypes).parse({ q: 'x', type }).type).toBe(type);
		}
		for (const type of searchTypes) {
			const key = `searchType.${type}` as MessageKey;
			expect(catalogs.th[key]).toBeTruthy();
			expect(catalogs.en[key]).toBeTruthy();
		}
	});
});
