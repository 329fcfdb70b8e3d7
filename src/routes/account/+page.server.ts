import type { Locale } from '#lib/i18n/index.ts';
import { getApp } from '#lib/server/app.ts';
import {
	changeOwnPassword,
	failFormOrPage,
	formText,
	localeChoiceSchema,
	parseInput,
	passwordChangeSchema,
	redirectSaved,
	requirePage,
	savedNotice,
	setLocaleCookie,
	setOwnLocale
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requirePage(event, 'account.manage');
	return {
		notice: savedNotice(event, {
			language: 'account.languageSaved',
			password: 'account.passwordChanged'
		})
	};
};

export const actions: Actions = {
	// A redirect, not a returned notice, so the page comes back already in the new language.
	locale: async (event) => {
		const actor = requirePage(event, 'account.manage');
		const form = await event.request.formData();
		let locale: Locale;
		try {
			({ locale } = parseInput(localeChoiceSchema, { locale: formText(form, 'locale') }));
		} catch (caught) {
			return failFormOrPage(event, caught);
		}
		await setOwnLocale(getApp().database.db, { actor, requestId: event.locals.requestId }, locale);
		setLocaleCookie(event.cookies, event.url, locale);
		redirectSaved(event, 'language');
	},

	password: async (event) => {
		const actor = requirePage(event, 'account.manage');
		const form = await event.request.formData();
		try {
			const input = parseInput(passwordChangeSchema, {
				currentPassword: formText(form, 'currentPassword'),
				newPassword: formText(form, 'newPassword')
			});
			await changeOwnPassword(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				input,
				event.locals.sessionToken
			);
		} catch (caught) {
			return failFormOrPage(event, caught);
		}
		redirectSaved(event, 'password');
	}
};
