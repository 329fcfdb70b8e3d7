import { todayIso } from '#lib/dates.ts';
import { endpoint } from '#lib/server/api/index.ts';
import {
	presentRoundStatus,
	roundScheduleInputSchema,
	roundStatus,
	roundStatusSchema,
	saveRoundSchedule
} from '#lib/server/projects/index.ts';

export const PUT = endpoint({
	path: '/api/v1/project-rounds/{fiscalYear}',
	operationId: 'updateProjectRoundSchedule',
	summary:
		"Set a fiscal year's schedule at the version seen (0 for the default): monthly on a day (1–28) of the month after each month, or listed due dates (1–24, in order, from the start of the year to 6 months after its end)",
	tag: 'Projects',
	permission: 'projectRound.manage',
	body: roundScheduleInputSchema,
	example: { cadence: 'dates', dueDates: ['2025-01-15', '2025-04-15', '2025-07-15'], version: 0 },
	response: {
		status: 200,
		schema: roundStatusSchema,
		description: "The year's rounds under the new schedule"
	},
	errors: ['stale_version'],
	async handle({ db, actor, context, params, body }) {
		await saveRoundSchedule(db, context, params.fiscalYear, body);
		return presentRoundStatus(
			await roundStatus(db, actor, { fiscalYear: params.fiscalYear, asOf: todayIso() })
		);
	}
});
