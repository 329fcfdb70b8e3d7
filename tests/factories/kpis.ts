import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../src/lib/server/db/client.ts';
import { systemActor } from '../../src/lib/server/platform/actor.ts';
import { builtinPlanSchema } from '../../src/lib/server/plans/builtin-schema.ts';
import { loadBuiltinPlan } from '../../src/lib/server/plans/load-builtin.ts';
import { kpis, plans } from '../../src/lib/server/plans/schema.ts';

/** A KPI as a plan file writes it. */
export type KpiFields = NonNullable<
	z.input<typeof builtinPlanSchema>['elements'][number]['kpis']
>[number];

/**
 * A KPI in a small plan of its own (FY2566–2570, one strategy, one tactic), loaded as the built-in
 * plans are: plans and their KPIs enter Saphan only that way. By default a 3-level maturity KPI led
 * by the IAO, with a target a year; `fields` change any of it. The agencies must be loaded.
 */
export async function makeKpi(db: Db, fields: Partial<KpiFields> = {}) {
	const code = `TEST-${randomBytes(3).toString('hex').toUpperCase()}`;
	const kpi: KpiFields = {
		code: '1.1',
		kind: 'maturity',
		titleTh: 'ระดับความสำเร็จ',
		leadAgencies: ['IAO'],
		levels: [
			{ level: 1, th: 'ระดับ 1' },
			{ level: 2, th: 'ระดับ 2' },
			{ level: 3, th: 'ระดับ 3' }
		],
		targets: [2566, 2567, 2568, 2569, 2570].map((fiscalYear, index) => ({
			fiscalYear,
			value: Math.min(index + 1, 3)
		})),
		...fields
	};
	await db.transaction((tx) =>
		loadBuiltinPlan(
			tx,
			{ actor: systemActor },
			builtinPlanSchema.parse({
				code,
				level: 'agency',
				titleTh: 'แผนทดสอบ',
				titleEn: 'Test plan',
				issuerTh: 'สำนักงานการต่างประเทศ',
				issuerEn: 'International Affairs Office',
				fiscalYearStart: 2566,
				fiscalYearEnd: 2570,
				sourceDocument: 'test',
				elements: [
					{
						kind: 'strategy',
						code: '1',
						titleTh: 'ยุทธศาสตร์ที่ 1',
						children: [{ kind: 'tactic', code: '1.1', titleTh: 'กลยุทธ์ 1.1', kpis: [kpi] }]
					}
				]
			})
		)
	);
	const [plan] = await db.select().from(plans).where(eq(plans.code, code));
	const [made] = await db
		.select()
		.from(kpis)
		.where(eq(kpis.planId, plan?.id ?? ''));
	if (!plan || !made) throw new Error('test KPI not made');
	return { plan, kpi: made };
}
