import { getApp } from '#lib/server/app.ts';
import { apiHandler, AppError, idParam } from '#lib/server/platform/index.ts';
import { removeAlignment } from '#lib/server/plans/index.ts';
import type { RequestHandler } from './$types';

export const DELETE: RequestHandler = apiHandler(async ({ locals, params }) => {
	if (!locals.actor) throw new AppError('unauthenticated');
	await removeAlignment(
		getApp().database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		idParam(params.id)
	);
	return new Response(null, { status: 204 });
});
