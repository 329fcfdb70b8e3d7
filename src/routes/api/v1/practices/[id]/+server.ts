import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { practiceDetail, updatePractice } from '#lib/server/knowledge/practices.ts';
import { practiceUpdateSchema } from '#lib/server/knowledge/schemas.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize, circularScope } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'knowledge.read');
	const detail = await practiceDetail(
		getApp().database.db,
		idParam(params.id),
		circularScope(locals.actor)
	);
	if (!detail) throw new AppError('not_found');
	return json({ ...detail.practice, partner: detail.partner, carriedBy: detail.carriedBy });
});

export const PUT: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	authorize(locals.actor, 'practice.manage');
	const app = getApp();
	const id = idParam(params.id);
	const input = parseInput(
		practiceUpdateSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	return json(
		await updatePractice(
			app.database.db,
			{ actor: locals.actor, requestId: locals.requestId },
			id,
			input
		)
	);
});
