import { todayIso } from '#lib/dates.ts';
import {
	alertListSchema,
	alertQuerySchema,
	listAlerts,
	presentAlerts
} from '#lib/server/alerts/index.ts';
import { endpoint } from '#lib/server/api/index.ts';

export const GET = endpoint({
	path: '/api/v1/alerts',
	operationId: 'listAlerts',
	summary:
		'Alerts of today the caller may read, soonest first: agreement reviews and expiries, anniversaries (5, 10, 20, 25, 30 … years), KPIs at risk in the last 90 days of the fiscal year, overdue reports and commitments, upcoming engagements and dormant partners, without those the caller dismissed at their present date',
	tag: 'Alerts',
	permission: 'alert.read',
	query: alertQuerySchema,
	response: { status: 200, schema: alertListSchema, description: 'The alerts' },
	async handle({ app, db, actor, query }) {
		const today = todayIso();
		const alerts = await listAlerts(db, actor, {
			...query,
			today,
			dormantYears: app.config.SAPHAN_PARTNER_DORMANT_YEARS
		});
		return presentAlerts(today, query.within, alerts);
	}
});
