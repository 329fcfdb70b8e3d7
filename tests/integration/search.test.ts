import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	agencies,
	practices,
	progressReports,
	searchDocuments
} from '../../src/lib/server/db/schema.ts';
import { createPractice } from '../../src/lib/server/knowledge/practices.ts';
import { systemActor, type Actor } from '../../src/lib/server/platform/actor.ts';
import { reindex } from '../../src/lib/server/search/documents.ts';
import { search } from '../../src/lib/server/search/query.ts';
import { searchSources } from '../../src/lib/server/modules.ts';
import { indexDocument } from '../../src/lib/server/search/documents.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
const viewer: Actor = { ...systemActor, id: null, username: 'viewer', roles: ['viewer'] };
const find = (q: string, actor: Actor = viewer, type: string | null = null, limit = 10) =>
	search(test.database.db, actor, searchSources, { q, type, limit });

beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
}, 120_000);
afterAll(() => test.drop());

describe('search over the built-in data', () => {
	it('indexes every built-in record once, and a second load writes nothing', async () => {
		const [row] = await test.database.db
			.select({ id: practices.id })
			.from(practices)
			.where(eq(practices.code, 'seed000-city-05-paris'));
		const indexed = await test.database.db
			.select()
			.from(searchDocuments)
			.where(eq(searchDocuments.recordId, row!.id));
		expect(indexed).toHaveLength(1);
		expect(await reindex(test.database.db, searchSources)).toBe(0);
	});

	it('drops the documents of records that are gone when it reindexes', async () => {
		const [row] = await test.database.db
			.select({ id: practices.id })
			.from(practices)
			.where(eq(practices.code, 'seed000-city-05-paris'));
		const stray = '00000000-0000-4000-8000-000000000001';
		await test.database.db.execute(sql`INSERT INTO search_documents
			(type, record_id, title, body, url, agency_ids, title_key, title_vector, vector)
			SELECT type, ${stray}, title, body, url, agency_ids, title_key, title_vector, vector
			FROM search_documents WHERE record_id = ${row!.id}`);
		expect(await reindex(test.database.db, searchSources)).toBe(1);
		const left = await test.database.db
			.select()
			.from(searchDocuments)
			.where(eq(searchDocuments.recordId, stray));
		expect(left).toHaveLength(0);
	});

	it('finds Thai words inside unspaced Thai text, with Thai or Arabic digits', async () => {
		const paris = (await find('เมือง ๑๕ นาที')).results[0];
		expect(paris?.title).toContain('กรุงปารีส');
		expect((await find('เมือง 15 นาที')).results[0]?.id).toBe(paris?.id);
		expect(paris?.snippet).toContain('<mark>');
		expect((await find('คนไร้บ้าน')).results[0]?.title).toContain('บริสตอล');
	});

	it('stems English and finds partial words and typos', async () => {
		expect((await find('resilient cities')).results[0]?.title).toContain('Resilient');
		expect((await find('Melbourn')).results.some((r) => r.title.includes('เมลเบิร์น'))).toBe(true);
		expect((await find('Yokohma')).results.some((r) => r.title.includes('Y-PORT'))).toBe(true);
	});

	it('filters by type and ranks title matches first', async () => {
		const result = await find('เมืองสีเขียว', viewer, 'practice');
		expect(result.results.every((r) => r.type === 'practice')).toBe(true);
		expect(result.results[0]?.title).toContain('เมืองสีเขียว');
		for (let i = 1; i < result.results.length; i++) {
			expect(result.results[i - 1]!.score).toBeGreaterThanOrEqual(result.results[i]!.score);
		}
	});

	it('finds a circular by its document number in Thai digits, for those who may read it', async () => {
		const executive: Actor = { ...viewer, roles: ['executive'] };
		const result = await find('กท 0410/256', executive, 'circular');
		expect(result.results.length).toBeGreaterThan(0);
		expect(result.results[0]?.title).toContain('๐๔๑๐/๒๕๖');
		// The built-in memo went to the Permanent Secretary, not to an agency: a viewer does not see it.
		expect((await find('กท 0410/256', viewer, 'circular')).total).toBe(0);
	});

	it("never returns a draft report to anyone but the IAO and the project's reporters", async () => {
		const [report] = await test.database.db.select().from(progressReports).limit(1);
		const [agency] = await test.database.db.select().from(agencies).where(eq(agencies.code, 'IAO'));
		await test.database.db
			.update(progressReports)
			.set({ state: 'draft', statusText: 'ข้อความร่างลับเฉพาะหน่วยงานทดสอบ' })
			.where(eq(progressReports.id, report!.id));
		await indexDocument(test.database.db, 'progress_report', report!.id);
		const q = 'ข้อความร่างลับเฉพาะหน่วยงานทดสอบ';
		expect((await find(q)).results.map((r) => r.id)).not.toContain(report!.id);
		const officer: Actor = { ...viewer, roles: ['iao_officer'] };
		expect((await find(q, officer)).results.map((r) => r.id)).toContain(report!.id);
		const member: Actor = { ...viewer, roles: ['agency_reporter'], agencyIds: [agency!.id] };
		const memberSees = (await find(q, member)).results.map((r) => r.id);
		const agencyViewer: Actor = { ...viewer, agencyIds: [agency!.id] };
		expect((await find(q, agencyViewer)).results.map((r) => r.id)).not.toContain(report!.id);
		const { projectAgencyIds } = await import('../../src/lib/server/projects/repository.ts');
		const inProject = (await projectAgencyIds(test.database.db, report!.projectId)).includes(
			agency!.id
		);
		expect(memberSees.includes(report!.id)).toBe(inProject);
	});

	it('makes a new practice searchable in the transaction that saves it', async () => {
		const officer: Actor = { ...viewer, username: 'officer', roles: ['iao_officer'] };
		const practice = await createPractice(
			test.database.db,
			{ actor: officer },
			{
				sourceKind: 'city',
				sourceName: 'เมืองฟุกุโอกะ',
				sourceNameEn: 'Fukuoka',
				partnerId: null,
				country: 'ญี่ปุ่น',
				region: 'east_asia',
				titleTh: 'ระบบแบ่งปันจักรยานสาธารณะของเมืองฟุกุโอกะ',
				titleEn: null,
				summaryTh: 'เมืองฟุกุโอกะจัดระบบแบ่งปันจักรยานร่วมกับภาคเอกชน',
				actions: ['ติดตั้งสถานีจอดจักรยานใกล้สถานีรถไฟ'],
				measureText: null,
				measureCategories: ['green_city'],
				themes: [],
				sdgs: [11],
				asOf: null,
				sourceDocument: null,
				language: 'th'
			}
		);
		expect((await find('แบ่งปันจักรยาน')).results[0]?.id).toBe(practice.id);
	});

	it('counts up to the cap only', async () => {
		const result = await find('การ', viewer, null, 5);
		expect(result.results).toHaveLength(5);
		expect(result.total).toBeGreaterThanOrEqual(5);
		expect(result.total).toBeLessThanOrEqual(1000);
	});
});
