import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	authorize,
	idParam,
	presentUser,
	unlockUser
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'user.manage');
	const { user, failuresCleared } = await unlockUser(
		getApp().database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		idParam(params.id)
	);
	return json({ user: presentUser(user), failuresCleared });
});
