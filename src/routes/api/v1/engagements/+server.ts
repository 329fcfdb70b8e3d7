import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	createEngagement,
	engagementFilterSchema,
	engagementInputSchema,
	listEngagements,
	presentEngagement
} from '#lib/server/engagements/index.ts';
import {
	apiHandler,
	authorize,
	createOnce,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, url }) => {
	authorize(locals.actor, 'engagement.read');
	const filter = parseInput(engagementFilterSchema, Object.fromEntries(url.searchParams));
	const { items, total } = await listEngagements(getApp().database.db, filter);
	return json({ items: items.map(presentEngagement), total });
});

export const POST: RequestHandler = apiHandler((event) =>
	createOnce(event, getApp(), async (db) => {
		const { locals, request } = event;
		authorize(locals.actor, 'engagement.manage');
		const app = getApp();
		const input = parseInput(
			engagementInputSchema,
			await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
		);
		const id = await createEngagement(
			db,
			{ actor: locals.actor, requestId: locals.requestId },
			input
		);
		return json({ id }, { status: 201, headers: { location: `/api/v1/engagements/${id}` } });
	})
);
