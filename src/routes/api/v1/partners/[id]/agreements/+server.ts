import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	authorize,
	createOnce,
	idParam,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
import {
	agreementInputSchema,
	createAgreement,
	presentAgreement
} from '#lib/server/partners/index.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = apiHandler((event) =>
	createOnce(event, getApp(), async (db) => {
		const { locals, params, request } = event;
		authorize(locals.actor, 'partner.manage');
		const app = getApp();
		const partnerId = idParam(params.id);
		const input = parseInput(
			agreementInputSchema,
			await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
		);
		const created = await createAgreement(
			db,
			{ actor: locals.actor, requestId: locals.requestId },
			partnerId,
			input
		);
		return json(presentAgreement(created), { status: 201 });
	})
);
