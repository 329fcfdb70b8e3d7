import { json, type RequestEvent } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	authorize,
	idParam,
	presentUser,
	setUserActive
} from '#lib/server/platform/index.ts';

/** The handler behind both `…/deactivate` and `…/reactivate`. */
export const setActiveHandler = (active: boolean) =>
	apiHandler(async ({ locals, params }: RequestEvent<{ id: string }>) => {
		authorize(locals.actor, 'user.manage');
		const user = await setUserActive(
			getApp().database.db,
			{ actor: locals.actor, requestId: locals.requestId },
			idParam(params.id),
			active
		);
		return json(presentUser(user));
	});
