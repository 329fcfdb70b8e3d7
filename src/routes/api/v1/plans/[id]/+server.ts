import { endpoint } from '#lib/server/api/index.ts';
import { AppError } from '#lib/server/platform/index.ts';
import { findPlan, planSchema, planTree, presentPlan } from '#lib/server/plans/index.ts';

export const GET = endpoint({
	path: '/api/v1/plans/{id}',
	operationId: 'getPlan',
	summary:
		'A plan with its SWOT, challenges and tree of elements (id, kind, code, titles, children, kpis)',
	tag: 'Plans',
	permission: 'plan.read',
	response: { status: 200, schema: planSchema, description: 'The plan' },
	async handle({ db, params }) {
		const plan = await findPlan(db, params.id);
		if (!plan) throw new AppError('not_found');
		return presentPlan(plan, await planTree(db, plan.id));
	}
});
