import { z } from 'zod';
import { endpoint } from '#lib/server/api/index.ts';
import { listedPlanSchema, listPlans, presentListedPlan } from '#lib/server/plans/index.ts';

export const GET = endpoint({
	path: '/api/v1/plans',
	operationId: 'listPlans',
	summary: 'Plans of every level',
	tag: 'Plans',
	permission: 'plan.read',
	response: {
		status: 200,
		schema: z.object({ items: z.array(listedPlanSchema) }),
		description: 'Plans with their element and KPI counts'
	},
	async handle({ db }) {
		return { items: (await listPlans(db)).map(presentListedPlan) };
	}
});
