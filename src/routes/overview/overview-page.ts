import type { RequestEvent } from '@sveltejs/kit';
import { chosenFiscalYear } from '#lib/components/fiscal-years.ts';
import { fiscalYearOf, todayIso } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import {
	horizons,
	overviewFiscalYears,
	presentOverview,
	situation
} from '#lib/server/overview/index.ts';
import type { Actor } from '#lib/server/platform/index.ts';

/**
 * The executive view for its page and the home page: the fiscal year asked for (`?fiscalYear=`,
 * else the current one), its figures counted with the reader's scope.
 */
export async function overviewPage(event: Pick<RequestEvent, 'url'>, actor: Actor) {
	const { database, config } = getApp();
	const today = todayIso();
	const current = fiscalYearOf(today);
	const years = await overviewFiscalYears(database.db, current);
	const fiscalYear = chosenFiscalYear(event.url.searchParams.get('fiscalYear'), years, current);
	const found = await situation(database.db, actor, {
		fiscalYear,
		today,
		dormantYears: config.SAPHAN_PARTNER_DORMANT_YEARS
	});
	return { years, horizons, overview: presentOverview(found) };
}
