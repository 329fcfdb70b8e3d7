import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	engagementChangeSchema,
	engagementDetail,
	presentEngagementDetail,
	updateEngagement
} from '#lib/server/engagements/index.ts';
import {
	apiHandler,
	AppError,
	authorize,
	idParam,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'engagement.read');
	const detail = await engagementDetail(getApp().database.db, idParam(params.id));
	if (!detail) throw new AppError('not_found');
	return json(presentEngagementDetail(detail));
});

/** Changes an engagement at the version the caller saw; its commitments stay as they are. */
export const PUT: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	authorize(locals.actor, 'engagement.manage');
	const app = getApp();
	const id = idParam(params.id);
	const input = parseInput(
		engagementChangeSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	await updateEngagement(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		id,
		input
	);
	const detail = await engagementDetail(app.database.db, id);
	if (!detail) throw new AppError('not_found');
	return json(presentEngagementDetail(detail));
});
