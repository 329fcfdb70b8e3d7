import { endpoint } from '#lib/server/api/index.ts';
import {
	presentProgressReport,
	progressReportChangeSchema,
	progressReportSchema,
	saveProgressReport
} from '#lib/server/projects/index.ts';

export const PUT = endpoint({
	path: '/api/v1/projects/{id}/reports/{sequence}',
	operationId: 'updateProgressReport',
	summary:
		'Change a draft or returned progress report at its version; submitted reports wait for review, approved ones are locked',
	tag: 'Projects',
	permission: 'signed-in',
	body: progressReportChangeSchema,
	example: {
		reportedOn: '2025-02-28',
		statusText: 'จัดทำกำหนดการศึกษาดูงานเสร็จแล้ว รอการอนุมัติเดินทาง',
		percentDone: 40,
		budgetDisbursed: 180_000,
		onPlan: true,
		onTarget: true,
		reportedBy: 'นายสมชาย ตั้งใจ',
		version: 1
	},
	response: { status: 200, schema: progressReportSchema, description: 'The saved report' },
	errors: ['forbidden', 'stale_version', 'locked', 'invalid_transition'],
	async handle({ db, context, params, body }) {
		const report = await saveProgressReport(db, context, params.id, {
			...body,
			sequence: params.sequence
		});
		return presentProgressReport(report);
	}
});
