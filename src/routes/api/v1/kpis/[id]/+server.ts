import { endpoint } from '#lib/server/api/index.ts';
import { AppError, unsubmittedScope } from '#lib/server/platform/index.ts';
import { kpiDetail, kpiSchema, presentKpi } from '#lib/server/plans/index.ts';

export const GET = endpoint({
	path: '/api/v1/kpis/{id}',
	operationId: 'getKpi',
	summary:
		'A KPI with its ladder (levels), targets per fiscal year (BE) with notes, results, agencies and listed projects',
	tag: 'Plans',
	permission: 'plan.read',
	response: { status: 200, schema: kpiSchema, description: 'The KPI' },
	async handle({ db, actor, params }) {
		const detail = await kpiDetail(db, params.id, unsubmittedScope(actor));
		if (!detail) throw new AppError('not_found');
		return presentKpi(detail);
	}
});
