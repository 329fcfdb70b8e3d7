import { getApp } from '#lib/server/app.ts';
import { calendarHeaders, readCalendarFeed } from '#lib/server/engagements/index.ts';
import { notFoundPage } from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

/**
 * A user's calendar subscription: the secret in the address stands for the user, so calendar apps
 * read it without a cookie. A revoked or unknown secret is 404, as is anything else.
 */
export const GET: RequestHandler = async (event) => {
	const body = await readCalendarFeed(getApp().database.db, event.params.secret, event.url.origin);
	if (body === null) notFoundPage(event);
	return new Response(body, { headers: calendarHeaders });
};
