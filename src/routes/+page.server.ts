import { inArray } from 'drizzle-orm';
import { getApp } from '#lib/server/app.ts';
import { agencies } from '#lib/server/db/schema.ts';
import { homeFigures } from '#lib/server/platform/home.ts';
import { requirePage } from '#lib/server/platform/http/pages.ts';
import { listPlans } from '#lib/server/plans/repository.ts';
import { can } from '#lib/server/platform/policy.ts';
import { listProjects, projectFilterSchema } from '#lib/server/projects/repository.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'home.view');
	const { db } = getApp().database;
	const ownAgencies = actor.agencyIds.length
		? await db
				.select({ code: agencies.code, nameTh: agencies.nameTh, nameEn: agencies.nameEn })
				.from(agencies)
				.where(inArray(agencies.id, actor.agencyIds))
		: [];
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
