import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	listProjects,
	projectDetail,
	projectFilterSchema
} from '../../src/lib/server/projects/repository.ts';
import { projects } from '../../src/lib/server/projects/schema.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
});
afterAll(() => test.drop());

const filter = (input: Record<string, unknown>) => projectFilterSchema.parse(input);

describe('project 04160000-3949 (seed 002)', () => {
	it('is FY2563 with seven reports, cancelled at 20 %, not on plan, not on target', async () => {
		const [row] = await test.database.db
			.select()
			.from(projects)
			.where(eq(projects.code, '04160000-3949'));
		const detail = await projectDetail(test.database.db, row?.id ?? '', 'every');
		expect(detail?.project.fiscalYear).toBe(2563);
		expect(detail?.project.status).toBe('cancelled');
		expect(detail?.reports.map((report) => report.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		const seventh = detail?.reports.at(-1);
		expect(seventh).toMatchObject({
			percentDone: 20,
			onPlan: false,
			onTarget: false,
			projectStatus: 'cancelled'
		});
		expect(detail?.reports[5]?.projectStatus).toBe('suspended');
		expect(detail?.reports[5]?.statusText).toContain('COVID-19');
		expect(detail?.agencies.find((agency) => agency.role === 'lead')?.code).toBe('IAO-CITY');
		expect(
			detail?.alignment.some(
				(link) => link.planCode === 'BKK-20Y-2561-2580' && link.elementCode === '7.3.1'
			)
		).toBe(true);
		expect(detail?.project.objectives.length).toBeGreaterThan(0);
	});
});

describe('the projects the IAO plan lists (seed 003)', () => {
	it('are FY2566 projects, one per title, new ones marked, linked to their tactics and KPIs', async () => {
		const { items, total } = await listProjects(test.database.db, filter({ fiscalYear: 2566 }));
		expect(total).toBe(23);
		expect(items.some((project) => project.isNew)).toBe(true);
		expect(items.every((project) => project.leadAgencies.length > 0)).toBe(true);
		const shared = items.find(
			(project) => project.titleTh === 'โครงการส่งเสริมศักยภาพของเมืองในเวทีระดับโลก'
		);
		const detail = await projectDetail(test.database.db, shared?.id ?? '', 'every');
		expect(detail?.alignment.map((link) => link.kpiCode).sort()).toEqual(['1.2', '1.3', '2.3']);
		expect(detail?.alignment.every((link) => link.elementKind === 'tactic')).toBe(true);
	});

	it('filter by agency code, status and text, sort and paginate', async () => {
		const { db } = test.database;
		expect((await listProjects(db, filter({ agency: 'IAO-CITY' }))).total).toBe(1);
		expect((await listProjects(db, filter({ status: 'cancelled' }))).items[0]?.code).toBe(
			'04160000-3949'
		);
		expect((await listProjects(db, filter({ q: '04160000' }))).total).toBe(1);
		const firstPage = await listProjects(
			db,
			filter({ pageSize: 10, sort: 'title', direction: 'asc' })
		);
		const secondPage = await listProjects(
			db,
			filter({ pageSize: 10, page: 2, sort: 'title', direction: 'asc' })
		);
		expect(firstPage.total).toBe(24);
		expect(firstPage.items).toHaveLength(10);
		expect(secondPage.items.map((p) => p.id)).not.toContain(firstPage.items[0]?.id);
	});
});
