import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	AppError,
	authorize,
	createOnce,
	parseInput,
	readJson,
	unsubmittedScope
} from '#lib/server/platform/index.ts';
import {
	createProject,
	listProjects,
	presentListedProject,
	presentProject,
	projectDetail,
	projectFilterSchema,
	projectInputSchema
} from '#lib/server/projects/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, url }) => {
	authorize(locals.actor, 'project.read');
	const filter = parseInput(projectFilterSchema, Object.fromEntries(url.searchParams));
	const { items, total } = await listProjects(getApp().database.db, filter);
	return json({ items: items.map(presentListedProject), total });
});

/** Registers a project with every field of the progress-report form. */
export const POST: RequestHandler = apiHandler((event) =>
	createOnce(event, getApp(), async (db) => {
		const { locals, request } = event;
		authorize(locals.actor, 'project.create');
		const app = getApp();
		const body = await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES);
		const input = parseInput(projectInputSchema, { ...(body as object), version: undefined });
		const created = await createProject(
			db,
			{ actor: locals.actor, requestId: locals.requestId },
			input
		);
		const detail = await projectDetail(db, created.id, unsubmittedScope(locals.actor));
		if (!detail) throw new AppError('internal', { detail: 'created project vanished' });
		return json(presentProject(detail), { status: 201 });
	})
);
