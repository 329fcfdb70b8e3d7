import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize, unsubmittedScope } from '#lib/server/platform/policy.ts';
import { presentKpi } from '#lib/server/plans/presenters.ts';
import { kpiDetail } from '#lib/server/plans/repository.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'plan.read');
	const detail = await kpiDetail(
		getApp().database.db,
		idParam(params.id),
		unsubmittedScope(locals.actor)
	);
	if (!detail) throw new AppError('not_found');
	return json(presentKpi(detail));
});
