import { fiscalYearOf, todayIso } from '#lib/dates.ts';
import { myWork, workSections } from '#lib/server/alerts/index.ts';
import { getApp } from '#lib/server/app.ts';
import { agencyNamesOf, can, homeFigures, requirePage } from '#lib/server/platform/index.ts';
import { listPlans } from '#lib/server/plans/index.ts';
import { listProjects, projectFilterSchema } from '#lib/server/projects/index.ts';
import { overviewPage } from './overview/overview-page.ts';
import type { PageServerLoad } from './$types';

/** Whose home is the executive view: those who steer and those who review. */
const overviewRoles = new Set(['executive', 'iao_officer', 'admin']);

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'home.view');
	const { db } = getApp().database;
	const work = can(actor, 'myWork.read') ? await myWork(db, actor, todayIso()) : null;
	/** The "my work" block above the rest: a count per section, for every role that has work. */
	const workCounts = work
		? workSections.map((section) => ({ section, count: work.counts[section] }))
		: null;
	if (actor.roles.some((role) => overviewRoles.has(role)) && can(actor, 'overview.read')) {
		return { home: 'overview' as const, workCounts, ...(await overviewPage(event, actor)) };
	}
	const fiscalYear = fiscalYearOf(todayIso());
	const ownAgencies = await Promise.all(
		(await agencyNamesOf(db, actor.agencyIds)).map(async (agency) => ({
			...agency,
			projects: can(actor, 'project.read')
				? (
						await listProjects(
							db,
							projectFilterSchema.parse({ agency: agency.code, fiscalYear, pageSize: 1 })
						)
					).total
				: null
		}))
	);
	const plans = await listPlans(db);
	const planFigures = {
		plans: plans.length,
		kpis: plans.reduce((sum, plan) => sum + plan.kpiCount, 0)
	};
	const projectCount = can(actor, 'project.read')
		? (await listProjects(db, projectFilterSchema.parse({ pageSize: 1 }))).total
		: null;
	return {
		home: 'figures' as const,
		workCounts,
		figures: await homeFigures(db),
		planFigures,
		projectCount,
		fiscalYear,
		roles: actor.roles,
		ownAgencies,
		mayOverview: can(actor, 'overview.read')
	};
};
