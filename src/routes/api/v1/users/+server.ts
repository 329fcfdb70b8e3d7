import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	authorize,
	createOnce,
	createUser,
	listUsers,
	parseInput,
	presentUser,
	readJson,
	userCreateSchema
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals }) => {
	authorize(locals.actor, 'user.read');
	const items = (await listUsers(getApp().database.db)).map(presentUser);
	return json({ items, total: items.length });
});

export const POST: RequestHandler = apiHandler((event) =>
	createOnce(event, getApp(), async (db) => {
		const { locals, request } = event;
		authorize(locals.actor, 'user.manage');
		const app = getApp();
		const input = parseInput(
			userCreateSchema,
			await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
		);
		const user = await createUser(db, { actor: locals.actor, requestId: locals.requestId }, input);
		return json(presentUser(user), { status: 201 });
	})
);
