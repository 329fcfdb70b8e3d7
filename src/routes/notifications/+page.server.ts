import { getApp } from '#lib/server/app.ts';
import { listOwnNotifications, markNotificationsRead } from '#lib/server/notifications/index.ts';
import {
	formList,
	isId,
	redirectSaved,
	requirePage,
	savedNotice
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'notification.use');
	return {
		inbox: await listOwnNotifications(getApp().database.db, actor, event.locals.locale),
		notice: savedNotice(event, { read: 'notifications.marked' })
	};
};

export const actions: Actions = {
	// With ids, those notifications; without, all of the reader's.
	read: async (event) => {
		const actor = requirePage(event, 'notification.use');
		const ids = formList(await event.request.formData(), 'id').filter(isId);
		await markNotificationsRead(
			getApp().database.db,
			{ actor, requestId: event.locals.requestId },
			ids.length ? ids : undefined
		);
		redirectSaved(event, 'read');
	}
};
