import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { adoptionRecordSchema, recordAdoption } from '#lib/server/knowledge/index.ts';
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
	const { agencyId, ...adoption } = parseInput(
		adoptionRecordSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	return json(
		await recordAdoption(
			app.database.db,
			{ actor: locals.actor, requestId: locals.requestId },
			circularId,
			agencyId,
			adoption
		)
	);
});
