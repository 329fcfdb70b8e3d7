import { redirect } from '@sveltejs/kit';
import { isLocale } from '#lib/i18n/index.ts';
import { getApp } from '#lib/server/app.ts';
import { formReturnPath, setLocaleCookie, setOwnLocale } from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const form = await request.formData();
		const locale = form.get('locale');
		if (isLocale(locale)) {
			setLocaleCookie(cookies, url, locale);
			if (locals.actor) {
				await setOwnLocale(
					getApp().database.db,
					{ actor: locals.actor, requestId: locals.requestId },
					locale
				);
			}
		}
		redirect(303, formReturnPath(form, 'redirectTo', '/'));
	}
};
