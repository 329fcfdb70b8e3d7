import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { circularSendSchema, listCirculars, sendCircular } from '#lib/server/knowledge/index.ts';
import {
	apiHandler,
	authorize,
	circularScope,
	createOnce,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
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
