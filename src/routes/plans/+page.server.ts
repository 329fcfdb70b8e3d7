import { getApp } from '#lib/server/app.ts';
import { requirePage } from '#lib/server/platform/http/pages.ts';
import { can } from '#lib/server/platform/policy.ts';
import { presentPlanSummary } from '#lib/server/plans/presenters.ts';
import { listPlans } from '#lib/server/plans/repository.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'plan.read');
	const plans = await listPlans(getApp().database.db);
	return {
		canReport: can(actor, 'kpiResult.report'),
		plans: plans.map((plan) => ({
			...presentPlanSummary(plan),
			elementCount: plan.elementCount,
			kpiCount: plan.kpiCount
		}))
	};
};
