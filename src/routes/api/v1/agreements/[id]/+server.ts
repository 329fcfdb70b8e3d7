import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	agreementInputSchema,
	presentAgreement,
	updateAgreement
} from '#lib/server/partners/index.ts';
import {
	apiHandler,
	authorize,
	idParam,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const PUT: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	authorize(locals.actor, 'partner.manage');
	const app = getApp();
	const id = idParam(params.id);
	const input = parseInput(
		agreementInputSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	const updated = await updateAgreement(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		id,
		input
	);
	return json(presentAgreement(updated));
});
