import { getApp } from '#lib/server/app.ts';
import { agencyNamesOf, can, homeFigures, requirePage } from '#lib/server/platform/index.ts';
import { listPlans } from '#lib/server/plans/index.ts';
import { listProjects, projectFilterSchema } from '#lib/server/projects/index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'home.view');
	const { db } = getApp().database;
	const ownAgencies = await agencyNamesOf(db, actor.agencyIds);
	const plans = await listPlans(db);
	const planFigures = {
		plans: plans.length,
		kpis: plans.reduce((sum, plan) => sum + plan.kpiCount, 0)
	};
	const projectCount = can(actor, 'project.read')
		? (await listProjects(db, projectFilterSchema.parse({ pageSize: 1 }))).total
		: null;
	return {
		figures: await homeFigures(db),
		planFigures,
		projectCount,
		roles: actor.roles,
		ownAgencies
	};
};
