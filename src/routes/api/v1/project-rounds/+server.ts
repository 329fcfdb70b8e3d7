import { fiscalYearOf, todayIso } from '#lib/dates.ts';
import { endpoint } from '#lib/server/api/index.ts';
import {
	presentRoundStatus,
	roundStatus,
	roundStatusQuerySchema,
	roundStatusSchema
} from '#lib/server/projects/index.ts';

export const GET = endpoint({
	path: '/api/v1/project-rounds',
	operationId: 'getProjectRounds',
	summary:
		"A fiscal year's progress-report rounds (BE; monthly by default): the due dates, and the reports due, submitted, on time, late and overdue across the city and per lead agency, with the projects overdue (most overdue first, at most 200)",
	tag: 'Projects',
	permission: 'projectRound.read',
	query: roundStatusQuerySchema,
	response: { status: 200, schema: roundStatusSchema, description: 'The rounds and their counts' },
	async handle({ db, actor, query }) {
		const asOf = query.asOf ?? todayIso();
		const status = await roundStatus(db, actor, {
			fiscalYear: query.fiscalYear ?? fiscalYearOf(asOf),
			asOf,
			agency: query.agency
		});
		return presentRoundStatus(status);
	}
});
