import { redirect } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { clearSessionCookie, endSession } from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.actor && locals.sessionToken) {
			await endSession(getApp().database.db, {
				actor: locals.actor,
				token: locals.sessionToken,
				requestId: locals.requestId
			});
		}
		clearSessionCookie(cookies, url);
		redirect(303, '/login');
	}
};
