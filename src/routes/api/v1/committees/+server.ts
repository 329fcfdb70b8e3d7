import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	committeeFilterSchema,
	committeeInputSchema,
	createCommittee,
	listCommittees,
	presentCommittee,
	presentCommittees
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
	const filter = parseInput(committeeFilterSchema, Object.fromEntries(url.searchParams));
	const db = getApp().database.db;
	const items = await presentCommittees(
		db,
		await listCommittees(db, { engagementId: filter.engagement })
	);
	return json({ items, total: items.length });
});

export const POST: RequestHandler = apiHandler((event) =>
	createOnce(event, getApp(), async (db) => {
		const { locals, request } = event;
		authorize(locals.actor, 'engagement.manage');
		const app = getApp();
		const input = parseInput(
			committeeInputSchema,
			await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
		);
		const { id } = await createCommittee(
			db,
			{ actor: locals.actor, requestId: locals.requestId },
			input
		);
		return json(await presentCommittee(db, id), {
			status: 201,
			headers: { location: `/api/v1/committees/${id}` }
		});
	})
);
