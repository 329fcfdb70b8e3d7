import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { listBuiltinChanges } from '#lib/server/builtin-changes.ts';
import { apiHandler } from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals }) => {
	const items = await listBuiltinChanges(getApp().database.db, locals.actor);
	return json({ items, total: items.length });
});
