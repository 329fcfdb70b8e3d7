import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { listCirculars, sendCircular } from '#lib/server/knowledge/circulars.ts';
import { circularSendSchema } from '#lib/server/knowledge/schemas.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { createOnce } from '#lib/server/platform/http/create-once.ts';
import { authorize, circularScope } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals }) => {
	authorize(locals.actor, 'knowledge.read');
	const items = await listCirculars(getApp().database.db, circularScope(locals.actor));
	return json({ items, total: items.length });
});

export const POST: RequestHandler = apiHandler((event) =>
	createOnce(event, getApp(), async (db) => {
		const { locals, request } = event;
		authorize(locals.actor, 'circular.send');
		const app = getApp();
		const input = parseInput(
			circularSendSchema,
			await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
		);
		const sent = await sendCircular(
			db,
			{ actor: locals.actor, requestId: locals.requestId },
			input
		);
		return json(sent, { status: 201, headers: { location: `/api/v1/circulars/${sent.id}` } });
	})
);
