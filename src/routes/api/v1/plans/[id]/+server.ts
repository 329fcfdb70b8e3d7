import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { presentPlan } from '#lib/server/plans/presenters.ts';
import { findPlan, planTree } from '#lib/server/plans/repository.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'plan.read');
	const { db } = getApp().database;
	const plan = await findPlan(db, idParam(params.id));
	if (!plan) throw new AppError('not_found');
	return json(presentPlan(plan, await planTree(db, plan.id)));
});
