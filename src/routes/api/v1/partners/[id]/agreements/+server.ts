import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { createOnce } from '#lib/server/platform/http/create-once.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { presentAgreement } from '#lib/server/partners/presenters.ts';
import { agreementInputSchema } from '#lib/server/partners/schemas.ts';
import { createAgreement } from '#lib/server/partners/write.ts';
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
