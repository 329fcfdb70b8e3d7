import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { circularDetail } from '#lib/server/knowledge/circulars.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'knowledge.read');
	const detail = await circularDetail(getApp().database.db, idParam(params.id), locals.actor);
	if (!detail) throw new AppError('not_found');
	return json({
		...detail.circular,
		practices: detail.carried,
		recipients: detail.recipients,
		attachments: detail.attachments
	});
});
