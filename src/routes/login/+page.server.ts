import { fail, redirect } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { login, loginSettings } from '#lib/server/platform/auth/login.ts';
import { AppError, userMessage } from '#lib/server/platform/errors.ts';
import { setSessionCookie } from '#lib/server/platform/http/cookies.ts';
import type { Actions, PageServerLoad } from './$types';

/** Only same-site paths are followed after login. */
function safeNext(value: unknown): string {
	return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
		? value
		: '/';
}

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor) redirect(303, safeNext(url.searchParams.get('next')));
	return { next: safeNext(url.searchParams.get('next')) };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const username = String(form.get('username') ?? '');
		const password = String(form.get('password') ?? '');
		const app = getApp();
		try {
			const session = await login(app.database.db, loginSettings(app.config), {
				username,
				password,
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
		redirect(303, safeNext(form.get('next')));
	}
};
