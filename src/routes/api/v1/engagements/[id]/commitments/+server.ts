import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { addCommitment, commitmentInputSchema } from '#lib/server/engagements/index.ts';
import {
	apiHandler,
	authorize,
	createOnce,
	idParam,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
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
