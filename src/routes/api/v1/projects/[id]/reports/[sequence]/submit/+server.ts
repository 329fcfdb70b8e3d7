import { endpoint } from '#lib/server/api/index.ts';
import {
	presentProgressReport,
	progressReportSchema,
	progressReportTransitionSchema,
	submitProgressReport
} from '#lib/server/projects/index.ts';

export const POST = endpoint({
	path: '/api/v1/projects/{id}/reports/{sequence}/submit',
	operationId: 'submitProgressReport',
	summary: 'Submit a draft or returned progress report for review',
	tag: 'Projects',
	permission: 'signed-in',
	body: progressReportTransitionSchema,
	example: { version: 2 },
	response: { status: 200, schema: progressReportSchema, description: 'The submitted report' },
	errors: ['forbidden', 'stale_version', 'locked', 'invalid_transition'],
	async handle({ db, context, params, body }) {
		const report = await submitProgressReport(
			db,
			context,
			params.id,
			params.sequence,
			body.version
		);
		return presentProgressReport(report);
	}
});
