import { todayIso } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import {
	engagementFilterSchema,
	listEngagements,
	presentEngagement
} from '#lib/server/engagements/index.ts';
import { can, requirePage } from '#lib/server/platform/index.ts';
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
