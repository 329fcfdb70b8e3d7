import { endpoint } from '#lib/server/api/index.ts';
import {
	kpiResultReviewSchema,
	kpiResultSchema,
	presentResult,
	reviewKpiResult
} from '#lib/server/plans/index.ts';

export const POST = endpoint({
	path: '/api/v1/kpis/{id}/results/{fiscalYear}/review',
	operationId: 'reviewKpiResult',
	summary: 'Approve a submitted result (which locks it) or return it with a comment',
	description:
		'Administrators and IAO officers review results (`kpiResult.review`), never one they submitted themselves.',
	tag: 'Plans',
	permission: 'signed-in',
	body: kpiResultReviewSchema,
	example: { version: 3, decision: 'return', comment: 'โปรดแนบรายงานการประชุมฉบับที่ลงนามแล้ว' },
	response: { status: 200, schema: kpiResultSchema, description: 'The reviewed result' },
	errors: ['forbidden', 'own_submission', 'stale_version', 'locked', 'invalid_transition'],
	async handle({ db, context, params, body }) {
		const result = await reviewKpiResult(db, context, params.id, params.fiscalYear, body);
		return presentResult(result);
	}
});
