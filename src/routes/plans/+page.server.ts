import { getApp } from '#lib/server/app.ts';
import { can, requirePage } from '#lib/server/platform/index.ts';
import { listPlans, presentListedPlan } from '#lib/server/plans/index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'plan.read');
	const plans = await listPlans(getApp().database.db);
	return {
		canReport: can(actor, 'kpiResult.report'),
		plans: plans.map(presentListedPlan)
	};
};
