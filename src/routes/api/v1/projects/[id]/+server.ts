import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize, unsubmittedScope } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { presentProject } from '#lib/server/projects/presenters.ts';
import { projectDetail } from '#lib/server/projects/repository.ts';
import { updateProject } from '#lib/server/projects/save-project.ts';
import { projectInputSchema } from '#lib/server/projects/schemas.ts';
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
