import { endpoint } from '#lib/server/api/index.ts';
import {
	engagementCalendarFilterSchema,
	engagementsCalendar,
	listEngagements
} from '#lib/server/engagements/index.ts';
import { translate } from '#lib/i18n/index.ts';

export const GET = endpoint({
	path: '/api/v1/engagements.ics',
	operationId: 'getEngagementsCalendar',
	summary:
		'The engagements as an iCalendar feed (RFC 5545, text/calendar) of all-day events; the same filters as the list, up to 500 per page',
	tag: 'Engagements',
	permission: 'engagement.read',
	query: engagementCalendarFilterSchema,
	response: { status: 200, mediaType: 'text/calendar', description: 'An iCalendar document' },
	async handle({ event, db, query }) {
		const { locals, url } = event;
		const { items } = await listEngagements(db, query);
		const body = engagementsCalendar(items, {
			name: translate(locals.locale, 'engagements.title'),
			baseUrl: url.origin
		});
		return new Response(body, {
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'content-disposition': 'inline; filename="engagements.ics"'
			}
		});
	}
});
