import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/lib/server/db/client.ts';
import { agencies, auditLog } from '../../src/lib/server/db/schema.ts';
import { circularInbox } from '../../src/lib/server/knowledge/circular-repository.ts';
import {
	acknowledgeCircular,
	circularDetail,
	recordAdoption
} from '../../src/lib/server/knowledge/circulars.ts';
import {
	createPractice,
	practiceLibrary,
	updatePractice
} from '../../src/lib/server/knowledge/practices.ts';
import {
	practiceCreateSchema,
	practiceUpdateSchema
} from '../../src/lib/server/knowledge/schemas.ts';
import { systemActor } from '../../src/lib/server/platform/actor.ts';
import { AppError } from '../../src/lib/server/platform/errors.ts';
import { parseInput } from '../../src/lib/server/platform/validation.ts';
import { searchSources, searchTypes } from '../../src/lib/server/modules.ts';
import { search } from '../../src/lib/server/search/query.ts';
import { searchQuerySchema } from '../../src/lib/server/search/schemas.ts';
import { loadAgencies, makeCircular, makeProject, makeUser } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
const agencyId: Record<string, string> = {};
beforeAll(async () => {
	test = await createTestDatabase();
	const department = (code: string) => ({
		code,
		kind: 'department',
		nameTh: `สำนัก ${code}`,
		nameEn: `Department ${code}`,
		parent: 'BMA',
		verified: true
	});
	await loadAgencies(test.database.db, department('ENV'), department('PLAN'));
	for (const row of await test.database.db.select().from(agencies)) agencyId[row.code] = row.id;
});
afterAll(() => test.drop());

const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => null,
		(caught: unknown) => (caught instanceof AppError ? caught.code : caught)
	);

const practiceFields = {
	sourceKind: 'city',
	sourceName: 'เมืองฟุกุโอกะ',
	titleTh: 'ระบบแบ่งปันจักรยานสาธารณะ',
	summaryTh: 'สรุป',
	actions: ['ติดตั้งสถานีจอดจักรยาน'],
	measureCategories: ['green_city'],
	sdgs: ['11']
};
const practiceInput = parseInput(practiceCreateSchema, practiceFields);

describe('practices and circulars', () => {
	it('lets only the IAO record practices and send circulars, audited', async () => {
		const db = test.database.db;
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const { actor: reporter } = await makeUser(db, {
			roles: ['agency_reporter'],
			agencyIds: [agencyId.ENV!]
		});
		expect(await codeOf(createPractice(db, { actor: reporter }, practiceInput))).toBe('forbidden');
		const practice = await createPractice(db, { actor: officer }, practiceInput);
		expect(practice.sdgs).toEqual([11]);
		const library = await practiceLibrary(db, { category: 'green_city' });
		expect(library.items.map((p) => p.id)).toContain(practice.id);
		expect(library.facets.sdg).toContainEqual({ value: '11', count: 1 });

		const circular = await makeCircular(
			db,
			{ practiceIds: [practice.id], recipientAgencyIds: [agencyId.ENV!, agencyId.PLAN!] },
			officer
		);
		const [sent] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'circular'), eq(auditLog.entityId, circular.id)));
		expect(sent?.action).toBe('send');

		// The reporter acts for their own agency only; acknowledging twice changes nothing.
		expect(
			await codeOf(acknowledgeCircular(db, { actor: reporter }, circular.id, agencyId.PLAN!))
		).toBe('forbidden');
		const first = await acknowledgeCircular(db, { actor: reporter }, circular.id, agencyId.ENV!);
		const again = await acknowledgeCircular(db, { actor: reporter }, circular.id, agencyId.ENV!);
		expect(again.acknowledgedAt).toEqual(first.acknowledgedAt);
		expect((await circularInbox(db, reporter))[0]?.acknowledgedAt).toEqual(first.acknowledgedAt);

		const project = await makeProject(db, { leadAgency: 'ENV' });
		await recordAdoption(db, { actor: reporter }, circular.id, agencyId.ENV!, {
			adoption: 'adopted',
			adoptionNote: 'จุดจอดจักรยาน',
			projectId: project.id
		});
		const detail = await circularDetail(db, circular.id, systemActor);
		const env = detail?.recipients.find((r) => r.agencyId === agencyId.ENV);
		const plan = detail?.recipients.find((r) => r.agencyId === agencyId.PLAN);
		expect(env?.adoption).toBe('adopted');
		expect(env?.projectId).toBe(project.id);
		expect(plan?.acknowledgedAt).toBeNull();
		const audited = await db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(eq(auditLog.entityId, `${circular.id}/${agencyId.ENV}`));
		expect(audited.map((a) => a.action).sort()).toEqual(['acknowledge', 'record_adoption']);
	});

	it('refuses an empty or over-long search with a message key', () => {
		const fieldOf = (q: string) => {
			try {
				parseInput(searchQuerySchema(searchTypes), { q });
				return null;
			} catch (caught) {
				return (caught as AppError).fields?.q?.key;
			}
		};
		expect(fieldOf('   ')).toBe('validation.queryRequired');
		expect(fieldOf('ก'.repeat(201))).toBe('validation.queryTooLong');
		expect(fieldOf('เมือง')).toBeNull();
	});
});

describe('the practice library', () => {
	it('finds practices by words, Thai ones split as the search splits them', async () => {
		const db = test.database.db;
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const practice = await createPractice(db, { actor: officer }, practiceInput);
		const found = await practiceLibrary(db, { q: 'จักรยาน ฟุกุโอกะ' });
		expect(found.items.map((p) => p.id)).toContain(practice.id);
		expect((await practiceLibrary(db, { q: 'ไม่มีคำนี้' })).items).toEqual([]);
	});
});

describe('editing a practice', () => {
	it('saves at the loaded version, re-indexes it, and refuses a stale save naming the fields', async () => {
		const db = test.database.db;
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const practice = await createPractice(db, { actor: officer }, practiceInput);
		const edit = (version: number, changes: Record<string, unknown>) =>
			parseInput(practiceUpdateSchema, { ...practiceFields, ...changes, version });
		const updated = await updatePractice(
			db,
			{ actor: officer },
			practice.id,
			edit(1, { titleTh: 'ระบบเรือโดยสารไฟฟ้าสาธารณะ' })
		);
		expect(updated.version).toBe(2);
		const indexed = await queryRows<{ title: string }>(
			db,
			sql`SELECT title FROM search_documents WHERE record_id = ${practice.id}`
		);
		expect(indexed.map((row) => row.title)).toEqual(['ระบบเรือโดยสารไฟฟ้าสาธารณะ']);
		const found = await search(db, officer, searchSources, {
			q: 'เรือโดยสารไฟฟ้า',
			type: 'practice',
			limit: 10
		});
		expect(found.results.map((hit) => hit.id)).toContain(practice.id);

		const stale = await updatePractice(
			db,
			{ actor: officer },
			practice.id,
			edit(1, { summaryTh: 'อีกฉบับ' })
		).then(
			() => null,
			(caught: unknown) => caught as AppError
		);
		expect(stale?.code).toBe('stale_version');
		expect(stale?.changes?.fields).toEqual(['titleTh']);
		const [row] = await db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(and(eq(auditLog.entityId, practice.id), eq(auditLog.action, 'update')));
		expect(row?.action).toBe('update');
	});
});
