import type { Db } from '../db/index.ts';
import type { ScheduledJob } from '../platform/index.ts';
import { markDigested, pendingDigestItems } from './outbox-repository.ts';
import { insertOutboxMessage } from './repository.ts';
import { mailLinks, newMessageId } from './settings.ts';
import { renderDigest } from './templates.ts';

/**
 * Writes one e-mail per user carrying the notifications they chose to get as a daily digest, and
 * marks those notifications digested, in one transaction. Returns how many e-mails it wrote.
 */
export function writeDigests(db: Db, now: Date): Promise<number> {
	return db.transaction(async (tx) => {
		const items = await pendingDigestItems(tx);
		const byUser = Map.groupBy(items, (item) => item.userId);
		let written = 0;
		for (const [userId, own] of byUser) {
			const [first] = own;
			if (first?.email) {
				const mail = renderDigest(first.locale, first.displayName, own, mailLinks());
				await insertOutboxMessage(tx, {
					userId,
					recipient: first.email,
					...mail,
					messageId: newMessageId()
				});
				written += 1;
			}
		}
		await markDigested(
			tx,
			items.map((item) => item.id),
			now
		);
		return written;
	});
}

/** The daily digest, once a day for every user who chose it for some kind. */
export const dailyDigestJob: ScheduledJob = {
	name: 'notifications.dailyDigest',
	every: 'day',
	run: async (db, { now }) => {
		await writeDigests(db, now);
	}
};
