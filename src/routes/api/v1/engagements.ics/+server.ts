import { getApp } from '#lib/server/app.ts';
import {
	engagementFilterSchema,
	engagementsCalendar,
	listEngagements
} from '#lib/server/engagements/index.ts';
import { translate } from '#lib/i18n/index.ts';
import { apiHandler, authorize, parseInput } from '#lib/server/platform/index.ts';
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
