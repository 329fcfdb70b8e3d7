import type { Executor } from '../db/index.ts';
import { type Action, rolesGranted } from '../platform/index.ts';
import type { NotificationKind } from './kinds.ts';
import {
	activeRecipients,
	activeUsersWithRoles,
	insertNotification,
	insertOutboxMessage
} from './repository.ts';
import { mailLinks, newMessageId } from './settings.ts';
import { type Facts, renderNotice } from './templates.ts';

/** Something to tell people, from the module where it happened. */
export interface Notice {
	kind: NotificationKind;
	/** User ids; inactive users are skipped and each user's preference applies. */
	to: readonly string[];
	/** The record's page, e.g. `/projects/<id>#report-<id>`; e-mail links to SAPHAN_PUBLIC_URL + path. */
	path: string;
	/** What the template shows: title, record, dueOn (ISO date), comment, … */
	facts: Facts;
	/** The same kind, recipient and key is written at most once (reminders). */
	onceKey?: string;
}

/**
 * Writes in-app notifications and their e-mail to the outbox in the caller's transaction, so they
 * exist exactly when the event does. A user who wants this kind as each event, and has an e-mail
 * address, gets a message in their language; one who wants a digest gets it in the next daily
 * digest. Returns how many notifications were written.
 */
export async function notify(tx: Executor, notice: Notice): Promise<number> {
	const to = [...new Set(notice.to)];
	if (to.length === 0) return 0;
	let written = 0;
	for (const recipient of await activeRecipients(tx, to, notice.kind)) {
		const id = await insertNotification(tx, {
			userId: recipient.id,
			kind: notice.kind,
			path: notice.path,
			facts: notice.facts,
			onceKey: notice.onceKey ?? null,
			delivery: recipient.delivery
		});
		if (!id) continue;
		written += 1;
		if (recipient.delivery !== 'each' || !recipient.email) continue;
		const mail = renderNotice(
			recipient.locale,
			{ ...notice, recipientName: recipient.displayName },
			mailLinks()
		);
		await insertOutboxMessage(tx, {
			userId: recipient.id,
			recipient: recipient.email,
			...mail,
			messageId: newMessageId()
		});
	}
	return written;
}

/** Active users who may do `action`, optionally only those belonging to one of `agencyIds`. */
export function recipientsFor(
	tx: Executor,
	action: Action,
	agencyIds?: readonly string[]
): Promise<string[]> {
	return activeUsersWithRoles(tx, rolesGranted(action), agencyIds);
}
