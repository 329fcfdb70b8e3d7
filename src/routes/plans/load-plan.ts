import { getApp } from '#lib/server/app.ts';
import { notFoundPage, pageId } from '#lib/server/platform/index.ts';
import { findPlan, type PlanRow } from '#lib/server/plans/index.ts';

/** The plan the address names, or the 404 page. */
export async function pagePlan(event: Parameters<typeof pageId>[0]): Promise<PlanRow> {
	return (await findPlan(getApp().database.db, pageId(event))) ?? notFoundPage(event);
}

/** What every page of a plan shows of the plan itself. */
export function planHeading(plan: PlanRow) {
	return {
		id: plan.id,
		code: plan.code,
		level: plan.level,
		titleTh: plan.titleTh,
		titleEn: plan.titleEn,
		fiscalYearStart: plan.fiscalYearStart,
		fiscalYearEnd: plan.fiscalYearEnd
	};
}
