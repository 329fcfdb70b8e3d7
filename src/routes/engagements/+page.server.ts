import { todayIso } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import { presentEngagement } from '#lib/server/engagements/presenters.ts';
import { engagementFilterSchema, listEngagements } from '#lib/server/engagements/repository.ts';
import { requirePage } from '#lib/server/platform/http/pages.ts';
import { can } from '#lib/server/platform/policy.ts';
import { monthGrid, monthOf } from './calendar.ts';
import type { PageServerLoad } from './$types';

/** The engagements of one month as a calendar, with the list of that month beside it. */
export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'engagement.read');
	const month = monthOf(event.url.searchParams.get('month'), todayIso());
	const grid = monthGrid(month);
	const filter = engagementFilterSchema.parse({ from: grid.first, to: grid.last, pageSize: 500 });
	const { items, total } = await listEngagements(getApp().database.db, filter);
	return {
		month,
		grid,
		engagements: items.map(presentEngagement),
		total,
		canManage: can(actor, 'engagement.manage')
	};
};
