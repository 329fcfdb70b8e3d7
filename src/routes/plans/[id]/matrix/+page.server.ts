import { groupBy } from '#lib/components/group-by.ts';
import { getApp } from '#lib/server/app.ts';
import { requirePage, unsubmittedScope } from '#lib/server/platform/index.ts';
import { kpiMatrix } from '#lib/server/plans/index.ts';
import { pagePlan, planHeading } from '../../load-plan.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'plan.read');
	const plan = await pagePlan(event);
	const { fiscalYears, rows } = await kpiMatrix(
		getApp().database.db,
		plan,
		unsubmittedScope(actor)
	);
	return {
		plan: planHeading(plan),
		fiscalYears,
		groups: groupBy(rows, (row) => row.elementCode).map(({ key, first, items }) => ({
			code: key,
			titleTh: first.elementTitleTh,
			titleEn: first.elementTitleEn,
			rows: items
		})),
		kpiCount: rows.length
	};
};
