import { json } from '@sveltejs/kit';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotencyKeys, practices } from '../../src/lib/server/db/schema.ts';
import { createPractice } from '../../src/lib/server/knowledge/practices.ts';
import { practiceCreateSchema } from '../../src/lib/server/knowledge/schemas.ts';
import type { Actor } from '../../src/lib/server/platform/actor.ts';
import { readJson } from '../../src/lib/server/platform/http/api.ts';
import {
	createOnce,
	purgeIdempotencyKeys
} from '../../src/lib/server/platform/http/create-once.ts';
import { parseInput } from '../../src/lib/server/platform/validation.ts';
import { makeUser } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase, refusal } from './harness.ts';

let test: TestDatabase;
let officer: Actor;
let colleague: Actor;
beforeAll(async () => {
	test = await createTestDatabase();
	officer = (await makeUser(test.database.db, { roles: ['iao_officer'] })).actor;
	colleague = (await makeUser(test.database.db, { roles: ['iao_officer'] })).actor;
});
afterAll(() => test.drop());

const limit = 1_000_000;
const app = () => ({ database: test.database, config: { SAPHAN_MAX_JSON_BYTES: limit } });

const practiceBody = (titleTh: string) =>
	JSON.stringify({
		sourceKind: 'city',
		sourceName: 'เมืองโยโกฮามา',
		titleTh,
		summaryTh: 'สรุป',
		actions: ['จัดการขยะ'],
		measureCategories: ['green_city'],
		sdgs: ['11']
	});

/** POST /api/v1/practices as the route does it, through `createOnce`. */
function postPractice(actor: Actor, body: string, key?: string): Promise<Response> {
	const url = new URL('http://saphan.test/api/v1/practices');
	const request = new Request(url, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			...(key === undefined ? {} : { 'idempotency-key': key })
		},
		body
	});
	return createOnce({ request, url, locals: { actor } as App.Locals }, app(), async (db) => {
		const input = parseInput(practiceCreateSchema, await readJson(request, limit));
		const created = await createPractice(db, { actor }, input);
		return json(created, {
			status: 201,
			headers: { location: `/api/v1/practices/${created.id}` }
		});
	});
}

async function practicesTitled(titleTh: string) {
	return test.database.db.select().from(practices).where(eq(practices.titleTh, titleTh));
}

describe('Idempotency-Key on API creates', () => {
	it('answers a retry with the same key with the first answer, creating one record', async () => {
		const body = practiceBody('การคัดแยกขยะ ครั้งเดียว');
		const first = await postPractice(officer, body, 'retry-1');
		const second = await postPractice(officer, body, 'retry-1');
		expect(first.status).toBe(201);
		expect(second.status).toBe(201);
		expect(await second.text()).toBe(await first.text());
		expect(second.headers.get('location')).toBe(first.headers.get('location'));
		expect(second.headers.get('idempotent-replayed')).toBe('true');
		expect(first.headers.get('idempotent-replayed')).toBeNull();
		expect(await practicesTitled('การคัดแยกขยะ ครั้งเดียว')).toHaveLength(1);
	});

	it('creates once for ten parallel requests with one key, all answered alike', async () => {
		const body = practiceBody('การคัดแยกขยะ พร้อมกัน');
		const answers = await Promise.all(
			Array.from({ length: 10 }, () => postPractice(officer, body, 'parallel-1'))
		);
		expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
		expect(new Set(await Promise.all(answers.map((answer) => answer.text()))).size).toBe(1);
		expect(await practicesTitled('การคัดแยกขยะ พร้อมกัน')).toHaveLength(1);
	});

	it('refuses the same key with another body, and keeps keys apart per user', async () => {
		await postPractice(officer, practiceBody('การคัดแยกขยะ ก'), 'reused-1');
		const refused = await refusal(postPractice(officer, practiceBody('การคัดแยกขยะ ข'), 'reused-1'));
		expect(refused.code).toBe('idempotency_key_reused');
		expect(refused.status).toBe(422);
		expect(await practicesTitled('การคัดแยกขยะ ข')).toHaveLength(0);

		const theirs = await postPractice(colleague, practiceBody('การคัดแยกขยะ ข'), 'reused-1');
		expect(theirs.status).toBe(201);
		expect(await practicesTitled('การคัดแยกขยะ ข')).toHaveLength(1);
	});

	it('creates again without a key, and refuses a key that is not printable ASCII', async () => {
		const body = practiceBody('การคัดแยกขยะ ไม่มีคีย์');
		await postPractice(officer, body);
		await postPractice(officer, body);
		expect(await practicesTitled('การคัดแยกขยะ ไม่มีคีย์')).toHaveLength(2);
		const refused = await refusal(postPractice(officer, body, 'has space'));
		expect(refused.code).toBe('idempotency_key_invalid');
		expect(await practicesTitled('การคัดแยกขยะ ไม่มีคีย์')).toHaveLength(2);
	});

	it('keeps no key when the create fails, so the corrected retry runs', async () => {
		const invalid = JSON.stringify({ sourceKind: 'city' });
		expect((await refusal(postPractice(officer, invalid, 'failed-1'))).code).toBe(
			'validation_failed'
		);
		expect((await refusal(postPractice(officer, invalid, 'failed-1'))).code).toBe(
			'validation_failed'
		);
		const keys = await test.database.db
			.select()
			.from(idempotencyKeys)
			.where(eq(idempotencyKeys.key, 'failed-1'));
		expect(keys).toEqual([]);
	});

	it('forgets answers older than a day', async () => {
		const { db } = test.database;
		await postPractice(officer, practiceBody('การคัดแยกขยะ เก่า'), 'old-1');
		await db
			.update(idempotencyKeys)
			.set({ createdAt: sql`now() - interval '25 hours'` })
			.where(eq(idempotencyKeys.key, 'old-1'));
		expect(await purgeIdempotencyKeys(db)).toBe(1);
		const left = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'old-1'));
		expect(left).toEqual([]);
		expect((await db.select().from(idempotencyKeys)).length).toBeGreaterThan(0);
	});
});
