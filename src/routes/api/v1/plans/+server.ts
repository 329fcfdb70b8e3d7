import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler, authorize } from '#lib/server/platform/index.ts';
import { listPlans, presentPlanSummary } from '#lib/server/plans/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals }) => {
	authorize(locals.actor, 'plan.read');
	const items = (await listPlans(getApp().database.db)).map((plan) => ({
		...presentPlanSummary(plan),
		elementCount: plan.elementCount,
		kpiCount: plan.kpiCount
	}));
	return json({ items });
});
