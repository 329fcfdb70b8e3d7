import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, auditLog } from '../../src/lib/server/db/schema.ts';
import { AppError, userMessage } from '../../src/lib/server/platform/errors.ts';
import { addAlignment } from '../../src/lib/server/plans/alignments.ts';
import {
	reviewKpiResult,
	saveKpiResult,
	submitKpiResult
} from '../../src/lib/server/plans/kpi-results.ts';
import {
	elementAlignment,
	kpiMatrix,
	planGaps,
	reportingRound
} from '../../src/lib/server/plans/repository.ts';
import { planElements } from '../../src/lib/server/plans/schema.ts';
import { makePlan, makeUser, loadAgencies } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
let districtId: string;
beforeAll(async () => {
	test = await createTestDatabase();
	await loadAgencies(test.database.db, {
		code: 'D1001',
		kind: 'district',
		nameTh: 'เขตพระนคร',
		nameEn: 'Phra Nakhon',
		parent: 'BMA',
		geocode: '1001',
		verified: true
	});
	const [district] = await test.database.db
		.select()
		.from(agencies)
		.where(eq(agencies.code, 'D1001'));
	districtId = district?.id ?? '';
});
afterAll(() => test.drop());

const code = (promise: Promise<unknown>) =>
	promise.then(
		() => null,
		(caught: unknown) => (caught instanceof AppError ? caught.code : caught)
	);

describe('the result workflow', () => {
	it('goes draft → submitted → returned → submitted → approved, audited, then locked', async () => {
		const { db } = test.database;
		const { kpi, plan } = await makePlan(db, 'D1001');
		const { actor: reporter } = await makeUser(db, {
			roles: ['agency_reporter'],
			agencyIds: [districtId]
		});
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const draft = await saveKpiResult(db, { actor: reporter }, kpi.id, {
			fiscalYear: 2566,
			value: 1,
			evidenceTh: 'จัดทำฐานข้อมูลแล้ว',
			evidenceLinks: []
		});
		expect(draft.status).toBe('draft');
		let result = await submitKpiResult(db, { actor: reporter }, kpi.id, 2566, draft.version);
		expect(result.status).toBe('submitted');
		expect(
			await code(
				saveKpiResult(db, { actor: reporter }, kpi.id, {
					fiscalYear: 2566,
					value: 2,
					evidenceTh: '',
					evidenceLinks: [],
					version: result.version
				})
			)
		).toBe('invalid_transition');
		result = await reviewKpiResult(db, { actor: officer }, kpi.id, 2566, {
			version: result.version,
			decision: 'return',
			comment: 'โปรดแนบหลักฐาน'
		});
		expect(result.status).toBe('returned');
		expect(result.reviewComment).toBe('โปรดแนบหลักฐาน');
		result = await saveKpiResult(db, { actor: reporter }, kpi.id, {
			fiscalYear: 2566,
			value: 1,
			evidenceTh: 'จัดทำฐานข้อมูลแล้ว พร้อมรายงาน',
			evidenceLinks: [{ label: 'รายงาน', url: 'https://example.org/report' }],
			version: result.version
		});
		result = await submitKpiResult(db, { actor: reporter }, kpi.id, 2566, result.version);
		result = await reviewKpiResult(db, { actor: officer }, kpi.id, 2566, {
			version: result.version,
			decision: 'approve'
		});
		expect(result.status).toBe('approved');
		expect(
			await code(
				saveKpiResult(db, { actor: officer }, kpi.id, {
					fiscalYear: 2566,
					value: 3,
					evidenceTh: '',
					evidenceLinks: [],
					version: result.version
				})
			)
		).toBe('locked');
		const trail = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, result.id))
			.orderBy(asc(auditLog.id));
		expect(trail.map((entry) => entry.action)).toEqual([
			'create',
			'submit',
			'return',
			'update',
			'submit',
			'approve'
		]);
		const matrix = await kpiMatrix(db, plan, 'every');
		expect(matrix.fiscalYears).toEqual([2566, 2567, 2568, 2569, 2570]);
		expect(matrix.rows[0]?.cells[0]).toMatchObject({ target: 1, result: 1, status: 'met' });
		expect(matrix.rows[0]?.cells[1]?.status).toBe('not_reported');
	});

	it('refuses a level outside the ladder, a year outside the plan, and other agencies’ reporters', async () => {
		const { db } = test.database;
		const { kpi } = await makePlan(db, 'D1001');
		const { actor: reporter } = await makeUser(db, {
			roles: ['agency_reporter'],
			agencyIds: [districtId]
		});
		const { actor: viewer } = await makeUser(db, { roles: ['viewer'] });
		const input = { fiscalYear: 2567, value: 4, evidenceTh: '', evidenceLinks: [] };
		expect(await code(saveKpiResult(db, { actor: reporter }, kpi.id, input))).toBe(
			'validation_failed'
		);
		expect(
			await code(
				saveKpiResult(db, { actor: reporter }, kpi.id, { ...input, value: 2, fiscalYear: 2571 })
			)
		).toBe('validation_failed');
		expect(await code(saveKpiResult(db, { actor: viewer }, kpi.id, { ...input, value: 2 }))).toBe(
			'forbidden'
		);
		const { plan: other } = await makePlan(db, 'IAO');
		const [otherKpi] = (await kpiMatrix(db, other, 'every')).rows;
		expect(
			await code(saveKpiResult(db, { actor: reporter }, otherKpi?.id ?? '', { ...input, value: 2 }))
		).toBe('forbidden');
		expect(
			await code(
				reviewKpiResult(db, { actor: reporter }, kpi.id, 2567, { version: 1, decision: 'approve' })
			)
		).toBe('forbidden');
	});

	it('refuses a stale save and names who changed what', async () => {
		const { db } = test.database;
		const { kpi } = await makePlan(db, 'D1001');
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const first = await saveKpiResult(db, { actor: officer }, kpi.id, {
			fiscalYear: 2568,
			value: 1,
			evidenceTh: 'ก',
			evidenceLinks: []
		});
		await saveKpiResult(db, { actor: officer }, kpi.id, {
			fiscalYear: 2568,
			value: 2,
			evidenceTh: 'ข',
			evidenceLinks: [],
			version: first.version
		});
		const error = await saveKpiResult(db, { actor: officer }, kpi.id, {
			fiscalYear: 2568,
			value: 3,
			evidenceTh: 'ค',
			evidenceLinks: [],
			version: first.version
		}).catch((caught: AppError) => caught);
		expect((error as AppError).code).toBe('stale_version');
		expect((error as AppError).changes?.fields).toContain('value');
		expect(userMessage(error as AppError, 'th')).toContain('ผลการดำเนินงาน');
	});
});

describe('reporting round, alignment and gaps', () => {
	it('shows a reporter the KPIs of their agency and the gaps of the plan', async () => {
		const { db } = test.database;
		const { plan, kpi } = await makePlan(db, 'D1001');
		const round = await reportingRound(db, 2567, [districtId]);
		expect(round.map((row) => row.kpiId)).toContain(kpi.id);
		const gaps = await planGaps(db, plan, 2567);
		expect(gaps.tacticsWithoutProject.map((tactic) => tactic.code)).toEqual(['1.1']);
		expect(gaps.kpisWithoutResult.map((row) => row.id)).toEqual([kpi.id]);
	});

	it('follows alignment up across plans and refuses a link within one plan', async () => {
		const { db } = test.database;
		const { plan: lower } = await makePlan(db);
		const { plan: upper } = await makePlan(db);
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const elementOf = async (planId: string, elementCode: string) =>
			(await db.select().from(planElements).where(eq(planElements.planId, planId))).find(
				(element) => element.code === elementCode
			)?.id ?? '';
		const tactic = await elementOf(lower.id, '1.1');
		const strategy = await elementOf(upper.id, '1');
		await addAlignment(
			db,
			{ actor: officer },
			{ fromElementId: tactic, toElementId: strategy, noteTh: 'สอดคล้อง' }
		);
		expect(
			await code(
				addAlignment(db, { actor: officer }, { fromElementId: tactic, toElementId: strategy })
			)
		).toBe('duplicate');
		expect(
			await code(
				addAlignment(
					db,
					{ actor: officer },
					{ fromElementId: tactic, toElementId: await elementOf(lower.id, '1') }
				)
			)
		).toBe('validation_failed');
		const { up, down } = await elementAlignment(db, tactic);
		expect(up.map((element) => element.id)).toEqual([strategy]);
		expect(down).toEqual([]);
		expect((await elementAlignment(db, strategy)).down.map((element) => element.id)).toEqual([
			tactic
		]);
	});
});
