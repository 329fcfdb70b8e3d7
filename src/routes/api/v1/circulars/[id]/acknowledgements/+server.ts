import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { acknowledgeCircular } from '#lib/server/knowledge/circulars.ts';
import { acknowledgementSchema } from '#lib/server/knowledge/schemas.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
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
