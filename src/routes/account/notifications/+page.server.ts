import { getApp } from '#lib/server/app.ts';
import {
	notificationKinds,
	ownNotificationPreferences,
	preferencesInputSchema,
	setOwnNotificationPreferences
} from '#lib/server/notifications/index.ts';
import {
	failFormOrPage,
	formText,
	parseInput,
	redirectSaved,
	requirePage,
	savedNotice
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'notification.use');
	return {
		kinds: notificationKinds,
		preferences: await ownNotificationPreferences(getApp().database.db, actor),
		notice: savedNotice(event, { preferences: 'preferences.saved' })
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requirePage(event, 'notification.use');
		const form = await event.request.formData();
		try {
			const input = parseInput(
				preferencesInputSchema,
				Object.fromEntries(
					notificationKinds.map((kind) => [kind, formText(form, kind) || undefined])
				)
			);
			await setOwnNotificationPreferences(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				input
			);
		} catch (caught) {
			return failFormOrPage(event, caught);
		}
		redirectSaved(event, 'preferences');
	}
};
