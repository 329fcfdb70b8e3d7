import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { createOnce } from '#lib/server/platform/http/create-once.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { createUser } from '#lib/server/platform/users/create-user.ts';
import { presentUser } from '#lib/server/platform/users/presenter.ts';
import { listUsers } from '#lib/server/platform/users/repository.ts';
import { userCreateSchema } from '#lib/server/platform/users/schemas.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
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
