import { getApp } from '#lib/server/app.ts';
import { agencyNamesOf } from '#lib/server/platform/agencies/repository.ts';
import { homeFigures } from '#lib/server/platform/home.ts';
import { requirePage } from '#lib/server/platform/http/pages.ts';
import { listPlans } from '#lib/server/plans/repository.ts';
import { can } from '#lib/server/platform/policy.ts';
import { listProjects, projectFilterSchema } from '#lib/server/projects/repository.ts';
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
