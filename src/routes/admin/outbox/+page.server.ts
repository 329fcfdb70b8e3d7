import { getApp } from '#lib/server/app.ts';
import {
	outboxOverview,
	outboxStatuses,
	type OutboxStatus,
	retryOutboxMessage
} from '#lib/server/notifications/index.ts';
import {
	failFormOrPage,
	formText,
	redirectSaved,
	requirePage,
	savedNotice
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'outbox.manage');
	const asked = event.url.searchParams.get('status');
	const status = outboxStatuses.find((known) => known === asked) as OutboxStatus | undefined;
	const app = getApp();
	return {
		status: status ?? '',
		statuses: outboxStatuses,
		smtp: Boolean(app.config.SAPHAN_SMTP_URL),
		...(await outboxOverview(app.database.db, actor, status)),
		notice: savedNotice(event, { retried: 'outbox.retried' })
	};
};

export const actions: Actions = {
	retry: async (event) => {
		const actor = requirePage(event, 'outbox.manage');
		const form = await event.request.formData();
		try {
			await retryOutboxMessage(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				formText(form, 'id')
			);
		} catch (caught) {
			return failFormOrPage(event, caught);
		}
		redirectSaved(event, 'retried');
	}
};
