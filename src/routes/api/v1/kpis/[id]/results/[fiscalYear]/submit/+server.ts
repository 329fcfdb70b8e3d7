import { endpoint } from '#lib/server/api/index.ts';
import {
	kpiResultSchema,
	kpiResultTransitionSchema,
	presentResult,
	submitKpiResult
} from '#lib/server/plans/index.ts';

export const POST = endpoint({
	path: '/api/v1/kpis/{id}/results/{fiscalYear}/submit',
	operationId: 'submitKpiResult',
	summary: 'Submit a draft or returned result for review',
	description: 'Whoever may save a result may submit it (`kpiResult.report`).',
	tag: 'Plans',
	permission: 'signed-in',
	body: kpiResultTransitionSchema,
	example: { version: 2 },
	response: { status: 200, schema: kpiResultSchema, description: 'The submitted result' },
	errors: ['forbidden', 'stale_version', 'locked', 'invalid_transition'],
	async handle({ db, context, params, body }) {
		const result = await submitKpiResult(db, context, params.id, params.fiscalYear, body.version);
		return presentResult(result);
	}
});
