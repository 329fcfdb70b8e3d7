import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler, AppError, authorize, idParam } from '#lib/server/platform/index.ts';
import { findPlan, planTree, presentPlan } from '#lib/server/plans/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'plan.read');
	const { db } = getApp().database;
	const plan = await findPlan(db, idParam(params.id));
	if (!plan) throw new AppError('not_found');
	return json(presentPlan(plan, await planTree(db, plan.id)));
});
