import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { commitmentInputSchema } from '#lib/server/engagements/schemas.ts';
import { addCommitment } from '#lib/server/engagements/use-cases.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { createOnce } from '#lib/server/platform/http/create-once.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = apiHandler((event) =>
	createOnce(event, getApp(), async (db) => {
		const { locals, params, request } = event;
		authorize(locals.actor, 'engagement.manage');
		const app = getApp();
		const engagementId = idParam(params.id);
		const input = parseInput(
			commitmentInputSchema,
			await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
		);
		const id = await addCommitment(
			db,
			{ actor: locals.actor, requestId: locals.requestId },
			engagementId,
			input
		);
		return json({ id }, { status: 201 });
	})
);
