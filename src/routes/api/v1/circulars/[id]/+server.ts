import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	circularAttachments,
	mayReadCircular
} from '#lib/server/knowledge/circular-attachments.ts';
import { circularDetail } from '#lib/server/knowledge/circulars.ts';
import { presentAttachment } from '#lib/server/platform/attachments/attachments.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'knowledge.read');
	const db = getApp().database.db;
	const id = idParam(params.id);
	const detail = await circularDetail(db, id);
	if (!detail || !(await mayReadCircular(db, locals.actor, id))) throw new AppError('not_found');
	return json({
		...detail.circular,
		practices: detail.carried,
		recipients: detail.recipients,
		attachments: (await circularAttachments(db, locals.actor, id)).map(presentAttachment)
	});
});
