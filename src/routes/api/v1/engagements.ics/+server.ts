import { getApp } from '#lib/server/app.ts';
import { engagementsCalendar } from '#lib/server/engagements/ical.ts';
import { engagementFilterSchema, listEngagements } from '#lib/server/engagements/repository.ts';
import { translate } from '#lib/i18n/index.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import type { RequestHandler } from './$types';

/** The engagements as an iCalendar feed (RFC 5545), up to 500 of the filter's, newest first. */
export const GET: RequestHandler = apiHandler(async ({ locals, url }) => {
	authorize(locals.actor, 'engagement.read');
	const filter = parseInput(engagementFilterSchema, {
		pageSize: 500,
		...Object.fromEntries(url.searchParams)
	});
	const { items } = await listEngagements(getApp().database.db, filter);
	const body = engagementsCalendar(items, {
		name: translate(locals.locale, 'engagements.title'),
		baseUrl: url.origin,
		host: url.hostname
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'inline; filename="engagements.ics"'
		}
	});
});
