import type { z } from 'zod';
import { translate } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Db, Executor, Tx } from '../db/index.ts';
import {
	AppError,
	authorize,
	can,
	type ChangeContext,
	digest,
	loadActor,
	newSecret,
	recordAudit
} from '../platform/index.ts';
import {
	type CalendarFeedRow,
	insertCalendarFeed,
	lockCalendarFeedsOf,
	markCalendarFeedRevoked,
	markLiveCalendarFeedRead
} from './calendar-feed-repository.ts';
import { engagementsCalendar } from './ical.ts';
import type { calendarFeedSchema } from './responses.ts';
import {
	type EngagementFilter,
	engagementCalendarFilterSchema,
	listEngagements
} from './repository.ts';

/** What the audit trail, the account page and the API show of a feed: never its secret. */
export const presentCalendarFeed = (feed: CalendarFeedRow): z.input<typeof calendarFeedSchema> => ({
	id: feed.id,
	userId: feed.userId,
	createdAt: feed.createdAt.toISOString(),
	lastReadAt: feed.lastReadAt?.toISOString() ?? null,
	revokedAt: feed.revokedAt?.toISOString() ?? null
});

/**
 * Revokes the user's live feed, if any, with its audit entry; first waits for any other change of
 * the user's feed to end, so that creates and revokes at once answer in turn.
 */
async function revokeLive(tx: Tx, context: ChangeContext, userId: string) {
	await lockCalendarFeedsOf(tx, userId);
	const revoked = await markCalendarFeedRevoked(tx, userId);
	if (revoked) {
		await recordAudit(tx, context, {
			action: 'revoke_token',
			entityType: 'calendar_feed',
			entityId: revoked.id,
			before: { ...presentCalendarFeed(revoked), revokedAt: null },
			after: presentCalendarFeed(revoked)
		});
	}
	return revoked;
}

/** The signed-in user themself: a calendar feed is always one's own. */
function ownUserId(context: ChangeContext): string {
	authorize(context.actor, 'calendarFeed.manage');
	if (!context.actor.id) throw new AppError('forbidden', { detail: 'no user to subscribe' });
	return context.actor.id;
}

/**
 * Gives the user a new secret calendar address, revoking the one they had. The secret is returned
 * once; only its SHA-256 digest is stored. Two at once both succeed, one after the other: the
 * later one's address is the live one.
 */
export async function createCalendarFeed(db: Db, context: ChangeContext) {
	const userId = ownUserId(context);
	const secret = newSecret();
	return db.transaction(async (tx) => {
		await revokeLive(tx, context, userId);
		const feed = await insertCalendarFeed(tx, { userId, secretHash: digest(secret) });
		await recordAudit(tx, context, {
			action: 'issue_token',
			entityType: 'calendar_feed',
			entityId: feed.id,
			after: presentCalendarFeed(feed)
		});
		return { secret, feed };
	});
}

/** The address a calendar app subscribes to for a secret, on the site at `origin`. */
export const calendarFeedAddress = (origin: string, secret: string) =>
	`${origin}/calendar/${secret}.ics`;

/** Revokes the user's calendar address: calendars subscribed to it get nothing more. */
export async function revokeCalendarFeed(db: Db, context: ChangeContext): Promise<void> {
	const userId = ownUserId(context);
	await db.transaction((tx) => revokeLive(tx, context, userId));
}

/** A secret as `createCalendarFeed` makes them: anything else opens nothing. */
const secretShape = /^[\w-]{43}$/;

/**
 * The engagements calendar a secret address opens, with what its user may read, in their
 * language; null for an unknown or revoked secret, or a user who is inactive or may not read
 * engagements.
 */
export async function readCalendarFeed(
	db: Db,
	secret: string,
	baseUrl: string
): Promise<string | null> {
	if (!secretShape.test(secret)) return null;
	const userId = await markLiveCalendarFeedRead(db, digest(secret), new Date());
	const actor = userId ? await loadActor(db, userId) : null;
	if (!actor || !can(actor, 'engagement.read')) return null;
	return engagementsFeed(db, engagementCalendarFilterSchema.parse({}), {
		locale: actor.locale,
		baseUrl
	});
}

/** The engagements the filter picks as an iCalendar document named in the reader's language. */
export async function engagementsFeed(
	executor: Executor,
	filter: EngagementFilter,
	options: { locale: Locale; baseUrl: string }
): Promise<string> {
	const { items } = await listEngagements(executor, filter);
	return engagementsCalendar(items, {
		name: translate(options.locale, 'engagements.title'),
		baseUrl: options.baseUrl
	});
}
