import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	elementAlignment,
	findPlan,
	kpiDetail,
	planTree,
	type ElementNode
} from '../../src/lib/server/plans/repository.ts';
import { kpis, plannedProjects, plans } from '../../src/lib/server/plans/schema.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
});
afterAll(() => test.drop());

async function planByCode(code: string) {
	const [row] = await test.database.db.select().from(plans).where(eq(plans.code, code));
	if (!row) throw new Error(`plan ${code} is not loaded`);
	return row;
}

async function kpiByCode(planCode: string, kpiCode: string) {
	const plan = await planByCode(planCode);
	const [row] = await test.database.db
		.select()
		.from(kpis)
		.where(and(eq(kpis.planId, plan.id), eq(kpis.code, kpiCode)));
	const detail = row ? await kpiDetail(test.database.db, row.id, 'every') : null;
	if (!detail) throw new Error(`KPI ${kpiCode} of ${planCode} is not loaded`);
	return detail;
}

const flatten = (nodes: ElementNode[]): ElementNode[] =>
	nodes.flatMap((node) => [node, ...flatten(node.children)]);

describe('the IAO foreign-affairs strategy plan 2566–2570 (seed 003)', () => {
	it('has the vision, four missions, three strategies and nine tactics', async () => {
		const plan = await planByCode('IAO-FA-2566-2570');
		expect(plan.fiscalYearStart).toBe(2566);
		expect(plan.fiscalYearEnd).toBe(2570);
		const elements = flatten(await planTree(test.database.db, plan.id));
		const count = (kind: string) => elements.filter((element) => element.kind === kind).length;
		expect(count('vision')).toBe(1);
		expect(count('mission')).toBe(4);
		expect(count('strategy')).toBe(3);
		expect(
			elements
				.filter((element) => element.kind === 'tactic')
				.map((element) => element.code)
				.sort()
		).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3']);
		expect(plan.challenges).toHaveLength(4);
		expect(plan.swot?.strengths.length).toBeGreaterThan(0);
		expect(plan.swot?.threats.length).toBeGreaterThan(0);
	});

	it('targets 60, 70, 80, 90, 100 per cent of officers developed under tactic 3.2', async () => {
		const kpi = await kpiByCode('IAO-FA-2566-2570', '3.2');
		expect(kpi.kpi.kind).toBe('percentage');
		expect(kpi.targets.map((target) => [target.fiscalYear, target.value])).toEqual([
			[2566, 60],
			[2567, 70],
			[2568, 80],
			[2569, 90],
			[2570, 100]
		]);
	});

	it('targets levels 1, 2, 3, 5, 5 under tactic 2.1, and has a 3-level ladder under 2.3', async () => {
		const kpi21 = await kpiByCode('IAO-FA-2566-2570', '2.1');
		expect(kpi21.targets.map((target) => target.value)).toEqual([1, 2, 3, 5, 5]);
		expect(kpi21.levels).toHaveLength(5);
		const kpi23 = await kpiByCode('IAO-FA-2566-2570', '2.3');
		expect(kpi23.kpi.kind).toBe('maturity');
		expect(kpi23.levels.map((level) => level.level)).toEqual([1, 2, 3]);
		expect(kpi23.levels.every((level) => level.rubricTh.length > 10)).toBe(true);
	});

	it('keeps the qualified target of tactic 3.1 with its note', async () => {
		const kpi = await kpiByCode('IAO-FA-2566-2570', '3.1');
		const first = kpi.targets.find((target) => target.fiscalYear === 2566);
		expect(first?.value).toBe(2);
		expect(first?.noteTh).toContain('2*');
	});

	it('lists projects under KPIs, new ones marked, with lead agencies', async () => {
		const plan = await planByCode('IAO-FA-2566-2570');
		const rows = await test.database.db
			.select({ isNew: plannedProjects.isNew, lead: plannedProjects.leadAgencyIds })
			.from(plannedProjects)
			.innerJoin(kpis, eq(kpis.id, plannedProjects.kpiId))
			.where(eq(kpis.planId, plan.id));
		expect(rows.length).toBeGreaterThanOrEqual(20);
		expect(rows.some((row) => row.isNew)).toBe(true);
		expect(rows.some((row) => !row.isNew)).toBe(true);
		expect(rows.every((row) => row.lead.length > 0)).toBe(true);
		const tactic11 = await kpiByCode('IAO-FA-2566-2570', '1.1');
		expect(tactic11.agencies.some((agency) => agency.role === 'lead')).toBe(true);
	});

	it('is found by id with its tree', async () => {
		const plan = await planByCode('IAO-FA-2566-2570');
		expect((await findPlan(test.database.db, plan.id))?.code).toBe('IAO-FA-2566-2570');
	});
});

describe('the higher plans (seeds 001 and 002, and the national plans)', () => {
	const elementsOf = async (code: string) =>
		flatten(await planTree(test.database.db, (await planByCode(code)).id));

	it('holds the National Strategy’s six strategies and the 13th NESDP’s 13 milestones', async () => {
		const strategies = (await elementsOf('TH-NS-2561-2580')).filter((e) => e.kind === 'strategy');
		expect(strategies.map((e) => e.code)).toEqual(['1', '2', '3', '4', '5', '6']);
		const milestones = (await elementsOf('TH-NESDP-13')).filter((e) => e.kind === 'milestone');
		expect(milestones).toHaveLength(13);
	});

	it('holds milestone 8 in full: goals with indicators, strategies and sub-strategies', async () => {
		const elements = await elementsOf('TH-NESDP-13');
		const milestone8 = elements.find((e) => e.kind === 'milestone' && e.code === '8');
		expect(milestone8).toBeDefined();
		const under8 = flatten(milestone8?.children ?? []);
		expect(under8.filter((e) => e.kind === 'goal').length).toBeGreaterThanOrEqual(3);
		expect(under8.filter((e) => e.kind === 'strategy').length).toBeGreaterThanOrEqual(4);
		expect(under8.filter((e) => e.kind === 'sub_strategy').length).toBeGreaterThanOrEqual(10);
		expect(under8.flatMap((e) => e.kpis).length).toBeGreaterThanOrEqual(6);
	});

	it('holds the Bangkok plan’s seven dimensions and goal 7.3.1 under 7.3 with its KPI', async () => {
		const elements = await elementsOf('BKK-20Y-2561-2580');
		expect(elements.filter((e) => e.kind === 'dimension')).toHaveLength(7);
		const goal = elements.find((e) => e.code === '7.3.1');
		const parent = elements.find((e) => e.id === goal?.parentId);
		expect(parent?.code).toBe('7.3');
		expect(goal?.kpis).toHaveLength(1);
	});

	it('aligns milestone 8 with the National Strategy as seed 001 states', async () => {
		const milestone8 = (await elementsOf('TH-NESDP-13')).find(
			(e) => e.kind === 'milestone' && e.code === '8'
		);
		const { up } = await elementAlignment(test.database.db, milestone8?.id ?? '');
		expect(
			up
				.filter((e) => e.planCode === 'TH-NS-2561-2580')
				.map((e) => e.code)
				.sort()
		).toEqual(['2', '4', '5']);
	});
});
