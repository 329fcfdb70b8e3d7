import { endpoint } from '#lib/server/api/index.ts';
import {
	calendarFeedAddress,
	calendarFeedSchema,
	createCalendarFeed,
	issuedCalendarFeedSchema,
	liveCalendarFeed,
	presentCalendarFeed,
	revokeCalendarFeed
} from '#lib/server/engagements/index.ts';
import { AppError } from '#lib/server/platform/index.ts';

export const GET = endpoint({
	path: '/api/v1/me/calendar-feed',
	operationId: 'getCalendarFeed',
	summary: "The signed-in user's live calendar subscription address, without its secret",
	tag: 'Engagements',
	permission: 'calendarFeed.manage',
	response: { status: 200, schema: calendarFeedSchema, description: 'The live address' },
	errors: ['not_found'],
	async handle({ db, actor }) {
		const feed = actor.id ? await liveCalendarFeed(db, actor.id) : undefined;
		if (!feed) throw new AppError('not_found');
		return presentCalendarFeed(feed);
	}
});

export const POST = endpoint({
	path: '/api/v1/me/calendar-feed',
	operationId: 'createCalendarFeed',
	summary:
		'Make the signed-in user a secret iCalendar address for calendar apps, revoking the one they had; the address is in this response only',
	description:
		'The address answers without a cookie or token with the engagements its user may read (RFC 5545, stable UIDs `<id>@saphan`); a revoked or unknown address answers 404.',
	tag: 'Engagements',
	permission: 'calendarFeed.manage',
	response: { status: 201, schema: issuedCalendarFeedSchema, description: 'Made' },
	async handle({ event, db, context }) {
		const { secret, feed } = await createCalendarFeed(db, context);
		return {
			address: calendarFeedAddress(event.url.origin, secret),
			calendarFeed: presentCalendarFeed(feed)
		};
	}
});

export const DELETE = endpoint({
	path: '/api/v1/me/calendar-feed',
	operationId: 'revokeCalendarFeed',
	summary: "Revoke the signed-in user's calendar subscription address: it answers 404 from now on",
	tag: 'Engagements',
	permission: 'calendarFeed.manage',
	response: { status: 204, description: 'Revoked (or there was none)' },
	async handle({ db, context }) {
		await revokeCalendarFeed(db, context);
	}
});
