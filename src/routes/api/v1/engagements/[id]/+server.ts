import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { presentEngagementDetail } from '#lib/server/engagements/presenters.ts';
import { engagementDetail } from '#lib/server/engagements/repository.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { engagementChangeSchema } from '#lib/server/engagements/schemas.ts';
import { updateEngagement } from '#lib/server/engagements/use-cases.ts';
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
