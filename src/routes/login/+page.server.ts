import { fail, redirect } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	AppError,
	login,
	loginSettings,
	parseInput,
	sameSitePath,
	sessionCreateSchema,
	setSessionCookie,
	userMessage
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor) redirect(303, sameSitePath(url.searchParams.get('next')));
	return { next: sameSitePath(url.searchParams.get('next')) };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const username = String(form.get('username') ?? '');
		const password = String(form.get('password') ?? '');
		const app = getApp();
		try {
			const session = await login(app.database.db, loginSettings(app.config), {
				...parseInput(sessionCreateSchema, { username, password }),
				ip: getClientAddress(),
				requestId: locals.requestId
			});
			setSessionCookie(cookies, url, session.token, session.expiresAt);
		} catch (caught) {
			if (!(caught instanceof AppError)) throw caught;
			return fail(caught.status, {
				username,
				message: userMessage(caught, locals.locale)
			});
		}
		redirect(303, sameSitePath(form.get('next')));
	}
};
