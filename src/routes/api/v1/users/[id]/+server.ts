import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	AppError,
	authorize,
	findUserById,
	idParam,
	parseInput,
	presentUser,
	readJson,
	updateUser,
	userUpdateSchema
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'user.read');
	const user = await findUserById(getApp().database.db, idParam(params.id));
	if (!user) throw new AppError('not_found');
	return json(presentUser(user));
});

export const PATCH: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	authorize(locals.actor, 'user.manage');
	const app = getApp();
	const id = idParam(params.id);
	const input = parseInput(
		userUpdateSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	const user = await updateUser(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		id,
		input
	);
	return json(presentUser(user));
});
