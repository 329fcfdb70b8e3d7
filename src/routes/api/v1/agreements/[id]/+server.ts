import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { presentAgreement } from '#lib/server/partners/presenters.ts';
import { agreementInputSchema } from '#lib/server/partners/schemas.ts';
import { updateAgreement } from '#lib/server/partners/write.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
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
