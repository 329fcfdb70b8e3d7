import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { acknowledgeCircular, acknowledgementSchema } from '#lib/server/knowledge/index.ts';
import {
	apiHandler,
	authorize,
	idParam,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	authorize(locals.actor, 'circular.acknowledge');
	const app = getApp();
	const circularId = idParam(params.id);
	const { agencyId } = parseInput(
		acknowledgementSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	return json(
		await acknowledgeCircular(
			app.database.db,
			{ actor: locals.actor, requestId: locals.requestId },
			circularId,
			agencyId
		)
	);
});
