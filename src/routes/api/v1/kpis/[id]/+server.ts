import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	AppError,
	authorize,
	idParam,
	unsubmittedScope
} from '#lib/server/platform/index.ts';
import { kpiDetail, presentKpi } from '#lib/server/plans/index.ts';
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
