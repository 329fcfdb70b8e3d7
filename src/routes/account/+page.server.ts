import type { Locale } from '#lib/i18n/index.ts';
import { getApp } from '#lib/server/app.ts';
import {
	calendarFeedAddress,
	createCalendarFeed,
	liveCalendarFeed,
	presentCalendarFeed,
	revokeCalendarFeed
} from '#lib/server/engagements/index.ts';
import {
	can,
	changeOwnPassword,
	failFormOrPage,
	formText,
	keepIssuedSecret,
	localeChoiceSchema,
	parseInput,
	passwordChangeSchema,
	redirectSaved,
	requirePage,
	savedNotice,
	setLocaleCookie,
	setOwnLocale,
	takeIssuedSecret
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'account.manage');
	const secret = takeIssuedSecret(event);
	const feed =
		can(actor, 'calendarFeed.manage') && actor.id
			? await liveCalendarFeed(getApp().database.db, actor.id)
			: undefined;
	return {
		notice: savedNotice(event, {
			language: 'account.languageSaved',
			password: 'account.passwordChanged',
			calendarCreated: 'calendarFeed.created',
			calendarRevoked: 'calendarFeed.revoked'
		}),
		calendarFeed: {
			allowed: can(actor, 'calendarFeed.manage'),
			live: feed ? presentCalendarFeed(feed) : null,
			/** The address just made, shown this once: only its secret's digest is kept. */
			address: secret ? calendarFeedAddress(event.url.origin, secret) : null
		}
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
	},

	calendarCreate: async (event) => {
		const actor = requirePage(event, 'calendarFeed.manage');
		const { secret } = await createCalendarFeed(getApp().database.db, {
			actor,
			requestId: event.locals.requestId
		});
		keepIssuedSecret(event, secret);
		redirectSaved(event, 'calendarCreated');
	},

	calendarRevoke: async (event) => {
		const actor = requirePage(event, 'calendarFeed.manage');
		await revokeCalendarFeed(getApp().database.db, { actor, requestId: event.locals.requestId });
		redirectSaved(event, 'calendarRevoked');
	}
};
