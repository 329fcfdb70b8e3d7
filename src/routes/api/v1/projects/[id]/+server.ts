import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	AppError,
	authorize,
	idParam,
	parseInput,
	readJson,
	unsubmittedScope
} from '#lib/server/platform/index.ts';
import {
	presentProject,
	projectDetail,
	projectInputSchema,
	updateProject
} from '#lib/server/projects/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'project.read');
	const detail = await projectDetail(
		getApp().database.db,
		idParam(params.id),
		unsubmittedScope(locals.actor)
	);
	if (!detail) throw new AppError('not_found');
	return json(presentProject(detail));
});

/** Replaces a project's fields at the version its editor loaded; a stale version is a 409. */
export const PUT: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	authorize(locals.actor, 'project.edit');
	const app = getApp();
	const projectId = idParam(params.id);
	const body = await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES);
	const input = parseInput(projectInputSchema, body);
	const { db } = app.database;
	await updateProject(db, { actor: locals.actor, requestId: locals.requestId }, projectId, input);
	const detail = await projectDetail(db, projectId, unsubmittedScope(locals.actor));
	if (!detail) throw new AppError('not_found');
	return json(presentProject(detail));
});
