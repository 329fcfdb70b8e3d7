import { todayIso } from '#lib/dates.ts';
import {
	alertDismissalInputSchema,
	alertKinds,
	alertQuerySchema,
	alertWindows,
	dismissAlert,
	listAlerts,
	presentAlerts
} from '#lib/server/alerts/index.ts';
import { getApp } from '#lib/server/app.ts';
import {
	failFormOrPage,
	formText,
	listAgencyLabels,
	parseInput,
	redirectSaved,
	requirePage,
	savedNotice
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

/** Alerts, filtered by kind, agency and due window; a filter that does not read is left out. */
export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'alert.read');
	const app = getApp();
	const { db } = app.database;
	const asked = Object.fromEntries(event.url.searchParams);
	const parsed = alertQuerySchema.safeParse(asked);
	const query = parsed.success ? parsed.data : alertQuerySchema.parse({});
	const today = todayIso();
	const [alerts, agencies] = await Promise.all([
		listAlerts(db, actor, {
			...query,
			today,
			dormantYears: app.config.SAPHAN_PARTNER_DORMANT_YEARS
		}),
		listAgencyLabels(db)
	]);
	return {
		query: { kind: query.kind ?? '', agency: query.agency ?? '', within: query.within },
		kinds: alertKinds,
		windows: alertWindows,
		agencies,
		alerts: presentAlerts(today, query.within, alerts),
		notice: savedNotice(event, { dismissed: 'alerts.dismissed' })
	};
};

export const actions: Actions = {
	dismiss: async (event) => {
		const actor = requirePage(event, 'alert.dismiss');
		const form = await event.request.formData();
		try {
			const input = parseInput(alertDismissalInputSchema, {
				key: formText(form, 'key'),
				on: formText(form, 'on')
			});
			await dismissAlert(getApp().database.db, { actor, requestId: event.locals.requestId }, input);
		} catch (caught) {
			return failFormOrPage(event, caught);
		}
		redirectSaved(event, 'dismissed', '#alerts');
	}
};
