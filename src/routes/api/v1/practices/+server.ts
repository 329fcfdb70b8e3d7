import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	createPractice,
	practiceCreateSchema,
	practiceFilterSchema,
	practiceLibrary
} from '#lib/server/knowledge/index.ts';
import {
	apiHandler,
	authorize,
	createOnce,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, url }) => {
	authorize(locals.actor, 'knowledge.read');
	const filter = parseInput(practiceFilterSchema, Object.fromEntries(url.searchParams));
	const { items } = await practiceLibrary(getApp().database.db, filter);
	return json({ items, total: items.length });
});

export const POST: RequestHandler = apiHandler((event) =>
	createOnce(event, getApp(), async (db) => {
		const { locals, request } = event;
		authorize(locals.actor, 'practice.manage');
		const app = getApp();
		const input = parseInput(
			practiceCreateSchema,
			await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
		);
		const created = await createPractice(
			db,
			{ actor: locals.actor, requestId: locals.requestId },
			input
		);
		return json(created, { status: 201, headers: { location: `/api/v1/practices/${created.id}` } });
	})
);
