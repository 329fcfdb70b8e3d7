import { chosenFiscalYear, fiscalYearsBetween } from '#lib/components/fiscal-years.ts';
import { fiscalYearOf, todayIso } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import { requirePage } from '#lib/server/platform/index.ts';
import { planGaps } from '#lib/server/plans/index.ts';
import { pagePlan, planHeading } from '../../load-plan.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'plan.read');
	const plan = await pagePlan(event);
	const years = fiscalYearsBetween(plan.fiscalYearStart, plan.fiscalYearEnd);
	const fiscalYear = chosenFiscalYear(
		event.url.searchParams.get('fiscalYear'),
		years,
		fiscalYearOf(todayIso())
	);
	return {
		plan: planHeading(plan),
		years,
		fiscalYear,
		gaps: await planGaps(getApp().database.db, plan, fiscalYear)
	};
};
