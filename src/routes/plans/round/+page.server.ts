import { chosenFiscalYear, fiscalYearChoices } from '#lib/components/fiscal-years.ts';
import { groupBy } from '#lib/components/group-by.ts';
import { fiscalYearOf, todayIso } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import { can, requirePage, reviewStates } from '#lib/server/platform/index.ts';
import { listPlans, reportingRound } from '#lib/server/plans/index.ts';
import type { PageServerLoad } from './$types';

const states = ['none', ...reviewStates] as const;

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'kpiResult.report');
	const { db } = getApp().database;
	const reviewer = can(actor, 'kpiResult.review');
	const current = fiscalYearOf(todayIso());
	const years = fiscalYearChoices(await listPlans(db), current);
	const { searchParams } = event.url;
	const fiscalYear = chosenFiscalYear(searchParams.get('fiscalYear'), years, current);
	const state = states.find((known) => known === searchParams.get('state')) ?? '';
	// A reporter with no agency has no KPI to report.
	const agencyIds = reviewer ? null : actor.agencyIds;
	const rows = agencyIds?.length === 0 ? [] : await reportingRound(db, fiscalYear, agencyIds);
	const shown = rows
		.map((row) => ({ ...row, state: row.resultStatus ?? ('none' as const) }))
		.filter((row) => !state || row.state === state);
	return {
		years,
		fiscalYear,
		states,
		state,
		reviewer,
		hasAgency: actor.agencyIds.length > 0,
		awaitingReview: reviewer ? rows.filter((row) => row.resultStatus === 'submitted') : [],
		groups: groupBy(shown, (row) => row.planId).map(({ first, items }) => ({
			planId: first.planId,
			titleTh: first.planTitleTh,
			titleEn: first.planTitleEn,
			rows: items
		})),
		total: shown.length
	};
};
