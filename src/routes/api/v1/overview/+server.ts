import { endpoint } from '#lib/server/api/index.ts';
import {
	overviewQuerySchema,
	overviewSchema,
	presentOverview,
	situation
} from '#lib/server/overview/index.ts';

export const GET = endpoint({
	path: '/api/v1/overview',
	operationId: 'getOverview',
	summary:
		"The executive view of a fiscal year (default: the current one), counted with the caller's read scope: KPI status per strategy and tactic against the year before, projects by status, strategy and agency with budgets, overdue reports by agency, partners by region and dormant, agreements due for review and anniversaries, engagements and commitments due",
	tag: 'Overview',
	permission: 'overview.read',
	query: overviewQuerySchema.pick({ fiscalYear: true }),
	response: { status: 200, schema: overviewSchema, description: 'The overview' },
	async handle({ app, db, context, query }) {
		return presentOverview(
			await situation(db, context.actor, {
				fiscalYear: query.fiscalYear,
				dormantYears: app.config.SAPHAN_PARTNER_DORMANT_YEARS
			})
		);
	}
});
