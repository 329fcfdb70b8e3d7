import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { presentUser } from '#lib/server/platform/users/presenter.ts';
import { unlockUser } from '#lib/server/platform/users/unlock-user.ts';
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
