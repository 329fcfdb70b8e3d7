import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { presentListedProject } from '#lib/server/projects/presenters.ts';
import { listProjects, projectFilterSchema } from '#lib/server/projects/repository.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, url }) => {
	authorize(locals.actor, 'project.read');
	const filter = parseInput(projectFilterSchema, Object.fromEntries(url.searchParams));
	const { items, total } = await listProjects(getApp().database.db, filter);
	return json({ items: items.map(presentListedProject), total });
});
