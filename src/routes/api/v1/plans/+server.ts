import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { presentPlanSummary } from '#lib/server/plans/presenters.ts';
import { listPlans } from '#lib/server/plans/repository.ts';
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
