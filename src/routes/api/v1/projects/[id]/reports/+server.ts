import { endpoint } from '#lib/server/api/index.ts';
import {
	presentProgressReport,
	progressReportCreateSchema,
	progressReportSchema,
	saveProgressReport
} from '#lib/server/projects/index.ts';

export const POST = endpoint({
	path: '/api/v1/projects/{id}/reports',
	operationId: 'createProgressReport',
	summary:
		"Start the project's next progress report as a draft (the sequence is the next one; % done 0–100, below the previous approved % only with decreaseReason; reportedOn from the start of the fiscal year to 6 months after its end)",
	tag: 'Projects',
	permission: 'signed-in',
	body: progressReportCreateSchema,
	example: {
		reportedOn: '2025-01-31',
		statusText: 'ประสานงานกับเมืองพี่เมืองน้องแล้ว อยู่ระหว่างจัดทำกำหนดการศึกษาดูงาน',
		percentDone: 25,
		budgetDisbursed: 120_000,
		onPlan: true,
		onTarget: true,
		reportedBy: 'นายสมชาย ตั้งใจ'
	},
	response: { status: 201, schema: progressReportSchema, description: 'The draft report' },
	errors: ['forbidden'],
	idempotent: true,
	async handle({ db, context, params, body }) {
		return presentProgressReport(await saveProgressReport(db, context, params.id, body));
	}
});
