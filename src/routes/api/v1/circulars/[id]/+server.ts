import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { circularDetail } from '#lib/server/knowledge/index.ts';
import { apiHandler, AppError, authorize, idParam } from '#lib/server/platform/index.ts';
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
