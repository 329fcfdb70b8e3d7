import { endpoint } from '#lib/server/api/index.ts';
import {
	calendarHeaders,
	engagementCalendarFilterSchema,
	engagementsFeed
} from '#lib/server/engagements/index.ts';

export const GET = endpoint({
	path: '/api/v1/engagements.ics',
	operationId: 'getEngagementsCalendar',
	summary:
		'The engagements as an iCalendar feed (RFC 5545, text/calendar) of all-day events; the same filters as the list, up to 500 per page',
	description:
		'For a signed-in caller. A calendar app subscribes instead to the secret address a user makes on their account page (/calendar/{secret}.ics), which needs no cookie or token.',
	tag: 'Engagements',
	permission: 'engagement.read',
	query: engagementCalendarFilterSchema,
	response: { status: 200, mediaType: 'text/calendar', description: 'An iCalendar document' },
	async handle({ event, db, query }) {
		const body = await engagementsFeed(db, query, {
			locale: event.locals.locale,
			baseUrl: event.url.origin
		});
		return new Response(body, { headers: calendarHeaders });
	}
});
