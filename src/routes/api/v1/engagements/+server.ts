import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { presentEngagement } from '#lib/server/engagements/presenters.ts';
import { engagementFilterSchema, listEngagements } from '#lib/server/engagements/repository.ts';
import { engagementInputSchema } from '#lib/server/engagements/schemas.ts';
import { createEngagement } from '#lib/server/engagements/use-cases.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { createOnce } from '#lib/server/platform/http/create-once.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
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
