import { getApp } from '#lib/server/app.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { notFoundPage } from '#lib/server/platform/http/pages.ts';
import { findPlan, type PlanRow } from '#lib/server/plans/repository.ts';

interface PageEvent {
	params: { id?: string };
	locals: App.Locals;
}

/** The id in the address: one that is not a UUID names nothing, so it is the 404 page. */
export function pageId(event: PageEvent): string {
	try {
		return idParam(event.params.id);
	} catch {
		notFoundPage(event);
	}
}

/** The plan the address names, or the 404 page. */
export async function pagePlan(event: PageEvent): Promise<PlanRow> {
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
