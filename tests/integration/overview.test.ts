import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/lib/server/db/client.ts';
import { agencies } from '../../src/lib/server/db/schema.ts';
import { situation } from '../../src/lib/server/overview/overview.ts';
import { situationReportPdf } from '../../src/lib/server/overview/report.ts';
import { listPartners, partnerFilterSchema } from '../../src/lib/server/partners/repository.ts';
import { reviewKpiResult, submitKpiResult } from '../../src/lib/server/plans/kpi-results.ts';
import { kpis, plans } from '../../src/lib/server/plans/schema.ts';
import { listProjects, projectFilterSchema } from '../../src/lib/server/projects/repository.ts';
import { makeKpiResult, makeProject, makeUser } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
const today = '2025-03-01';
const fiscalYear = 2568;

beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
});
afterAll(() => test.drop());

const agencyId = async (code: string) =>
	(await test.database.db.select().from(agencies).where(eq(agencies.code, code)))[0]?.id ?? '';

describe('the executive view of a fiscal year', () => {
	it("counts every KPI of the office's plan once, and each project figure is its list's total", async () => {
		const { db } = test.database;
		await makeProject(db, {
			leadAgency: 'IAO',
			fiscalYear,
			budgetReceived: 500_000,
			budgetSpent: 120_000,
			alignment: [{ plan: 'IAO-FA-2566-2570', element: '1.1' }]
		});
		await makeProject(db, { leadAgency: 'IAO', fiscalYear, budgetReceived: 250_000 });
		const { actor: executive } = await makeUser(db, { roles: ['executive'] });
		const found = await situation(db, executive, { fiscalYear, today, dormantYears: 3 });

		const [iao] = await db.select().from(plans).where(eq(plans.code, 'IAO-FA-2566-2570'));
		const [kpiCount] = await queryRows<{ n: number }>(
			db,
			sql`SELECT count(*)::int AS n FROM ${kpis} WHERE ${kpis.planId} = ${iao?.id}`
		);
		const plan = found.kpis.find((row) => row.id === iao?.id);
		const total = (year: 'current' | 'previous') =>
			plan?.strategies.reduce(
				(sum, strategy) => sum + Object.values(strategy[year]).reduce((a, b) => a + b, 0),
				0
			);
		expect(total('current')).toBe(kpiCount?.n);
		expect(total('previous')).toBe(kpiCount?.n);

		const count = async (filter: Record<string, unknown>) =>
			(await listProjects(db, projectFilterSchema.parse({ fiscalYear, pageSize: 1, ...filter })))
				.total;
		expect(found.projects.byStatus.reduce((sum, row) => sum + row.projects, 0)).toBe(
			await count({})
		);
		expect(found.projects.byStatus.find((row) => row.status === 'planned')).toMatchObject({
			budgetReceived: 750_000,
			budgetDisbursed: 120_000
		});
		for (const row of found.projects.byStatus) {
			expect(row.projects).toBe(await count({ status: row.status }));
		}
		for (const row of found.projects.byAgency) {
			expect(row.projects).toBe(await count({ agency: row.code }));
		}
		for (const row of found.projects.byStrategy) {
			expect(row.projects).toBe(await count({ element: row.elementId }));
		}
		expect(found.projects.byStrategy.find((row) => row.code === '1')?.projects).toBe(1);

		for (const row of found.partners.regions) {
			const listed = await listPartners(
				db,
				partnerFilterSchema.parse({ region: row.group, pageSize: 1 }),
				3
			);
			expect(row.partners).toBe(listed.total);
		}
		expect(found.partners.aseanShare).toBeGreaterThan(0);
		expect(found.partners.aseanShare).toBeLessThan(1);
	});

	it("counts a returned result as pending for the IAO and as not reported for another agency's reporter", async () => {
		const { db } = test.database;
		const [kpi] = await db
			.select({ id: kpis.id })
			.from(kpis)
			.innerJoin(plans, eq(plans.id, kpis.planId))
			.where(and(eq(plans.code, 'IAO-FA-2566-2570'), eq(kpis.code, '1.3')));
		const { actor: reporter } = await makeUser(db, {
			roles: ['agency_reporter'],
			agencyIds: [await agencyId('IAO')]
		});
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const { actor: outsider } = await makeUser(db, {
			roles: ['agency_reporter'],
			agencyIds: [await agencyId('BMA')]
		});
		const draft = await makeKpiResult(db, kpi!.id, { fiscalYear: 2567, value: 2 }, reporter);
		const submitted = await submitKpiResult(db, { actor: reporter }, kpi!.id, 2567, draft.version);
		await reviewKpiResult(db, { actor: officer }, kpi!.id, 2567, {
			decision: 'return',
			comment: 'ขอหลักฐานเพิ่ม',
			version: submitted.version
		});
		const pending = async (actor: typeof reporter) => {
			const found = await situation(db, actor, { fiscalYear, today, dormantYears: 3 });
			const strategy = found.kpis[0]?.strategies.find((row) => row.code === '1');
			return strategy?.previous.pending;
		};
		expect(await pending(officer)).toBe(1);
		expect(await pending(reporter)).toBe(1);
		expect(await pending(outsider)).toBe(0);
	});
});

describe('the situation report', () => {
	it('is one page of Thai naming the fiscal year, the strategies and the ASEAN share', async () => {
		const { db } = test.database;
		const { actor: executive } = await makeUser(db, { roles: ['executive'] });
		const found = await situation(db, executive, { fiscalYear, today, dormantYears: 3 });
		const { body, fileName } = await situationReportPdf(found, 'th');
		expect(fileName).toBe('situation-2568-th.pdf');
		const folder = mkdtempSync(join(tmpdir(), 'saphan-situation-'));
		try {
			const file = join(folder, 'report.pdf');
			writeFileSync(file, body);
			const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
				encoding: 'utf8'
			});
			expect(text.split('\f').filter((page) => page.trim())).toHaveLength(1);
			const squashed = text.replace(/\s+/g, '');
			for (const expected of [
				'รายงานสถานการณ์งานการต่างประเทศ',
				'ปีงบประมาณ2568',
				'สัดส่วนภาคีในอาเซียน',
				found.kpis[0]!.strategies[0]!.titleTh
			])
				expect(squashed).toContain(expected.replace(/\s+/g, ''));
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});
