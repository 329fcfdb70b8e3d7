import { json, type RequestEvent } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { presentUser } from '#lib/server/platform/users/presenter.ts';
import { setUserActive } from '#lib/server/platform/users/set-user-active.ts';

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
