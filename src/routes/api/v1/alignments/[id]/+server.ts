import { getApp } from '#lib/server/app.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { removeAlignment } from '#lib/server/plans/alignments.ts';
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
