import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	practiceDetail,
	practiceUpdateSchema,
	updatePractice
} from '#lib/server/knowledge/index.ts';
import {
	apiHandler,
	AppError,
	authorize,
	circularScope,
	idParam,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
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
