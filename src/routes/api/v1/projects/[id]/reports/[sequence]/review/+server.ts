import { endpoint } from '#lib/server/api/index.ts';
import {
	presentProgressReport,
	progressReportReviewSchema,
	progressReportSchema,
	reviewProgressReport
} from '#lib/server/projects/index.ts';

export const POST = endpoint({
	path: '/api/v1/projects/{id}/reports/{sequence}/review',
	operationId: 'reviewProgressReport',
	summary:
		"Approve a submitted progress report (which locks it and sets the project's status and budget spent from its approved reports) or return it with a comment",
	tag: 'Projects',
	permission: 'signed-in',
	body: progressReportReviewSchema,
	example: {
		decision: 'return',
		comment: 'กรุณาระบุจำนวนเงินที่เบิกจ่ายให้ตรงกับหลักฐานการเบิกจ่าย',
		version: 3
	},
	response: { status: 200, schema: progressReportSchema, description: 'The reviewed report' },
	errors: ['forbidden', 'stale_version', 'locked', 'invalid_transition', 'own_submission'],
	async handle({ db, context, params, body }) {
		const report = await reviewProgressReport(db, context, params.id, params.sequence, body);
		return presentProgressReport(report);
	}
});
