import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies } from '../../src/lib/server/db/schema.ts';
import { unsubmittedScope } from '../../src/lib/server/platform/policy.ts';
import { submitKpiResult } from '../../src/lib/server/plans/kpi-results.ts';
import { kpiMatrix, resultReadable } from '../../src/lib/server/plans/repository.ts';
import { makeKpiResult, makePlan, makeUser, loadAgencies } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
	await loadAgencies(test.database.db, {
		code: 'D1001',
		kind: 'district',
		nameTh: 'เขตพระนคร',
		nameEn: 'Phra Nakhon',
		geocode: '1001',
		parent: 'BMA',
		verified: true
	});
});
afterAll(() => test.drop());

describe('read scopes in the KPI matrix', () => {
	it('shows a draft result to its reporters and the IAO only, a submitted one to every reader', async () => {
		const { db } = test.database;
		const agencyId = async (code: string) =>
			(await db.select().from(agencies).where(eq(agencies.code, code)))[0]?.id ?? '';
		const { plan, kpi } = await makePlan(db, 'IAO');
		const { actor: reporter } = await makeUser(db, {
			roles: ['agency_reporter'],
			agencyIds: [await agencyId('IAO')]
		});
		const { actor: otherReporter } = await makeUser(db, {
			roles: ['agency_reporter'],
			agencyIds: [await agencyId('D1001')]
		});
		const { actor: ownViewer } = await makeUser(db, { agencyIds: [await agencyId('IAO')] });
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const { actor: executive } = await makeUser(db, { roles: ['executive'] });
		const draft = await makeKpiResult(db, kpi.id, { value: 2, evidenceTh: 'ร่าง' }, reporter);
		const cell = async (actor: typeof reporter) =>
			(await kpiMatrix(db, plan, unsubmittedScope(actor))).rows[0]?.cells[0]?.result ?? null;

		for (const reader of [reporter, officer]) {
			expect(await cell(reader)).toBe(2);
			expect(await resultReadable(db, reader, draft.id)).toBe(true);
		}
		for (const reader of [otherReporter, ownViewer, executive]) {
			expect(await cell(reader)).toBeNull();
			expect(await resultReadable(db, reader, draft.id)).toBe(false);
		}

		await submitKpiResult(db, { actor: reporter }, kpi.id, 2566, draft.version);
		for (const reader of [otherReporter, ownViewer, executive]) {
			expect(await cell(reader)).toBe(2);
			expect(await resultReadable(db, reader, draft.id)).toBe(true);
		}
	});
});
