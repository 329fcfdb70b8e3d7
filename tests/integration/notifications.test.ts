import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/client.ts';
import {
	agencies,
	notificationPreferences,
	notifications,
	outboxMessages
} from '../../src/lib/server/db/schema.ts';
import {
	dailyDigestJob,
	deliverDue,
	listOwnNotifications,
	type MailSender,
	markNotificationsRead,
	notify,
	outboxOverview,
	ownNotificationPreferences,
	recipientsFor,
	retryOutboxMessage,
	setOwnNotificationPreferences,
	setPublicUrl,
	smtpSender
} from '../../src/lib/server/notifications/index.ts';
import { systemActor } from '../../src/lib/server/platform/actor.ts';
import { setUserActive } from '../../src/lib/server/platform/users/set-user-active.ts';
import { loadAgencies, makeUser } from '../factories/index.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../mail/smtp.ts';
import { createTestDatabase, refusal, type TestDatabase } from './harness.ts';

let test: TestDatabase;
let db: Db;
let smtp: TestSmtpServer;
let agencyIds: Record<string, string>;
beforeAll(async () => {
	test = await createTestDatabase();
	db = test.database.db;
	smtp = await startTestSmtpServer();
	setPublicUrl('https://saphan.example.go.th');
	await loadAgencies(db);
	const rows = await db.select({ id: agencies.id, code: agencies.code }).from(agencies);
	agencyIds = Object.fromEntries(rows.map((row) => [row.code, row.id]));
});
afterAll(async () => {
	await smtp.close();
	await test.drop();
});

const returned = (to: string[], onceKey?: string) => ({
	kind: 'review.returned' as const,
	to,
	path: '/projects/p1#report-1',
	facts: { record: 'progressReport', title: 'Clean canals', comment: 'Fix the budget' },
	onceKey
});

const mailOf = (userId: string) =>
	db.select().from(outboxMessages).where(eq(outboxMessages.userId, userId));
const noticesOf = (userId: string) =>
	db.select().from(notifications).where(eq(notifications.userId, userId));

describe('notify', () => {
	it('writes nothing when the transaction it was given rolls back', async () => {
		const { user } = await makeUser(db, { email: 'a@example.go.th' });
		await expect(
			db.transaction(async (tx) => {
				expect(await notify(tx, returned([user.id]))).toBe(1);
				throw new Error('the event failed');
			})
		).rejects.toThrow('the event failed');
		expect(await noticesOf(user.id)).toEqual([]);
		expect(await mailOf(user.id)).toEqual([]);
	});

	it('writes each recipient a notification, and e-mail in their language to those who want it', async () => {
		const thai = (await makeUser(db, { email: 'th@example.go.th' })).user;
		const english = (await makeUser(db, { email: 'en@example.go.th', locale: 'en' })).user;
		const noAddress = (await makeUser(db)).user;
		const quiet = (await makeUser(db, { email: 'quiet@example.go.th' })).user;
		const gone = (await makeUser(db, { email: 'gone@example.go.th' })).user;
		await db
			.insert(notificationPreferences)
			.values({ userId: quiet.id, kind: 'review.returned', delivery: 'none' });
		await setUserActive(db, { actor: systemActor }, gone.id, false);
		const everyone = [thai.id, english.id, noAddress.id, quiet.id, gone.id, thai.id];
		const written = await db.transaction((tx) => notify(tx, returned(everyone)));
		expect(written).toBe(4);
		expect(await noticesOf(gone.id)).toEqual([]);
		expect(await noticesOf(quiet.id)).toHaveLength(1);
		expect(await mailOf(quiet.id)).toEqual([]);
		expect(await mailOf(noAddress.id)).toEqual([]);
		const [thaiMail] = await mailOf(thai.id);
		expect(thaiMail?.subject).toContain('ส่งกลับแก้ไข');
		expect(thaiMail?.text).toContain('https://saphan.example.go.th/projects/p1#report-1');
		const [englishMail] = await mailOf(english.id);
		expect(englishMail?.subject).toBe('Returned for changes: progress report Clean canals');
		expect(englishMail?.text).toContain('Fix the budget');
		expect(englishMail?.messageId).toMatch(/^<[0-9a-f-]+@saphan\.example\.go\.th>$/);
	});

	it('writes a notice with a once-key at most once per kind and recipient', async () => {
		const { user } = await makeUser(db, { email: 'once@example.go.th' });
		const write = () => db.transaction((tx) => notify(tx, returned([user.id], 'round-1')));
		expect(await write()).toBe(1);
		expect(await write()).toBe(0);
		expect(await mailOf(user.id)).toHaveLength(1);
	});

	it('finds the active users who may do an action, in the agencies asked', async () => {
		const officer = (await makeUser(db, { roles: ['iao_officer'] })).user;
		const reporter = (
			await makeUser(db, { roles: ['agency_reporter'], agencyIds: [agencyIds.IAO!] })
		).user;
		const elsewhere = (
			await makeUser(db, { roles: ['agency_reporter'], agencyIds: [agencyIds.BMA!] })
		).user;
		const viewer = (await makeUser(db, { roles: ['viewer'], agencyIds: [agencyIds.IAO!] })).user;
		const reviewers = await recipientsFor(db, 'progressReport.review');
		expect(reviewers).toContain(officer.id);
		expect(reviewers).not.toContain(reporter.id);
		const reporters = await recipientsFor(db, 'progressReport.report', [agencyIds.IAO!]);
		expect(reporters).toContain(reporter.id);
		expect(reporters).not.toContain(elsewhere.id);
		expect(reporters).not.toContain(viewer.id);
		expect(reporters).not.toContain(officer.id);
		await setUserActive(db, { actor: systemActor }, officer.id, false);
		expect(await recipientsFor(db, 'progressReport.review')).not.toContain(officer.id);
	});
});

describe('the outbox', () => {
	const from = 'Saphan <saphan@example.go.th>';
	// Ahead of the database's clock, which stamps each message's first attempt when it is written.
	let now = new Date(Date.now() + 60 * 60_000);
	const clock = () => now;
	const retry = { baseMs: 60_000, capMs: 600_000, maxAttempts: 3 };

	/** Clears what earlier tests left due, so each test counts its own messages. */
	beforeAll(async () => {
		await db.update(outboxMessages).set({ status: 'sent' });
	});

	it('delivers each message once over SMTP, retrying a refused one after its backoff', async () => {
		const { user } = await makeUser(db, { email: 'reporter@example.go.th', locale: 'en' });
		await db.transaction((tx) => notify(tx, returned([user.id])));
		const [message] = await mailOf(user.id);
		const sender = smtpSender(smtp.url);
		try {
			smtp.refuseNext(1);
			expect(await deliverDue(db, sender, { from, now: clock, retry })).toEqual({
				sent: 0,
				failed: 1
			});
			const [waiting] = await mailOf(user.id);
			expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
			expect(waiting?.lastError).toContain('451');
			// Not due again before its backoff has passed.
			expect(await deliverDue(db, sender, { from, now: clock, retry })).toEqual({
				sent: 0,
				failed: 0
			});
			now = new Date(now.getTime() + retry.baseMs);
			expect(await deliverDue(db, sender, { from, now: clock, retry })).toEqual({
				sent: 1,
				failed: 0
			});
			expect(await deliverDue(db, sender, { from, now: clock, retry })).toEqual({
				sent: 0,
				failed: 0
			});
		} finally {
			sender.close();
		}
		const received = smtp.received.filter((mail) => mail.messageId === message?.messageId);
		expect(received).toHaveLength(1);
		expect(received[0]?.subject).toBe('Returned for changes: progress report Clean canals');
		expect(received[0]?.text).toContain('Fix the budget');
		expect(received[0]?.to).toMatchObject({ text: 'reporter@example.go.th' });
		const [sent] = await mailOf(user.id);
		expect(sent).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
	});

	it('fails a message for good after the last attempt', async () => {
		const { user } = await makeUser(db, { email: 'x@example.go.th' });
		await db.transaction((tx) => notify(tx, returned([user.id])));
		const refusing: MailSender = {
			send: () => Promise.reject(new Error('550 no such user')),
			close: () => {}
		};
		for (let attempt = 0; attempt < retry.maxAttempts; attempt += 1) {
			await deliverDue(db, refusing, { from, now: clock, retry });
			now = new Date(now.getTime() + retry.capMs);
		}
		const [message] = await mailOf(user.id);
		expect(message).toMatchObject({ status: 'failed', attempts: 3 });
		expect(message?.lastError).toContain('550');
	});

	it('does not send again a message whose delivery stopped after it was claimed', async () => {
		const { user } = await makeUser(db, { email: 'y@example.go.th' });
		await db.transaction((tx) => notify(tx, returned([user.id])));
		// A worker claims the message, hands it to the server and dies before marking it sent.
		const dying: MailSender = {
			send: () => new Promise(() => {}),
			close: () => {}
		};
		void deliverDue(db, dying, { from, now: clock, retry, leaseMs: 60_000 });
		await expect
			.poll(async () => (await mailOf(user.id))[0]?.status, { timeout: 10_000 })
			.toBe('sending');
		const before = smtp.received.length;
		now = new Date(now.getTime() + 61_000);
		const sender = smtpSender(smtp.url);
		try {
			expect(await deliverDue(db, sender, { from, now: clock, retry })).toEqual({
				sent: 0,
				failed: 0
			});
		} finally {
			sender.close();
		}
		expect(smtp.received.length).toBe(before);
		expect((await mailOf(user.id))[0]?.status).toBe('unconfirmed');
	});

	it('gathers the notifications chosen as a daily digest into one e-mail per user', async () => {
		const { user } = await makeUser(db, { email: 'digest@example.go.th', locale: 'en' });
		await db.insert(notificationPreferences).values([
			{ userId: user.id, kind: 'review.returned', delivery: 'digest' },
			{ userId: user.id, kind: 'review.approved', delivery: 'digest' }
		]);
		await db.transaction(async (tx) => {
			await notify(tx, returned([user.id]));
			await notify(tx, { ...returned([user.id]), kind: 'review.approved' });
		});
		expect(await mailOf(user.id)).toEqual([]);
		await dailyDigestJob.run(db, { period: '2026-12-08', now });
		await dailyDigestJob.run(db, { period: '2026-12-09', now });
		const mails = await mailOf(user.id);
		expect(mails).toHaveLength(1);
		expect(mails[0]?.subject).toBe('Your daily digest (2 notifications)');
		expect(mails[0]?.html).toContain('href="https://saphan.example.go.th/projects/p1#report-1"');
	});
});

describe("a user's own notifications", () => {
	it("lists them in the reader's language and marks only the reader's own read", async () => {
		const reader = await makeUser(db, { locale: 'en' });
		const other = await makeUser(db);
		await db.transaction((tx) => notify(tx, returned([reader.user.id, other.user.id])));
		const inbox = await listOwnNotifications(db, reader.actor, 'en');
		expect(inbox.unread).toBe(1);
		expect(inbox.items[0]).toMatchObject({
			title: 'Returned for changes: progress report Clean canals',
			comment: 'Fix the budget',
			readAt: null
		});
		const theirs = (await listOwnNotifications(db, other.actor, 'th')).items[0]?.id ?? '';
		expect(await markNotificationsRead(db, { actor: reader.actor }, [theirs])).toBe(0);
		expect((await listOwnNotifications(db, other.actor, 'th')).unread).toBe(1);
		expect(await markNotificationsRead(db, { actor: reader.actor })).toBe(1);
		expect((await listOwnNotifications(db, reader.actor, 'en')).unread).toBe(0);
	});

	it('marks nothing of anyone else whatever ids are sent', async () => {
		const reader = await makeUser(db);
		const other = await makeUser(db);
		await db.transaction((tx) => notify(tx, returned([other.user.id])));
		await fc.assert(
			fc.asyncProperty(fc.array(fc.uuid(), { maxLength: 20 }), async (ids) => {
				expect(await markNotificationsRead(db, { actor: reader.actor }, ids)).toBe(0);
			}),
			{ numRuns: 20 }
		);
		expect((await listOwnNotifications(db, other.actor, 'th')).unread).toBe(1);
	});

	it("keeps each kind's choice, each event until chosen otherwise", async () => {
		const { actor } = await makeUser(db);
		expect((await ownNotificationPreferences(db, actor))['review.returned']).toBe('each');
		const after = await setOwnNotificationPreferences(
			db,
			{ actor },
			{ 'review.returned': 'digest', 'circular.received': 'none' }
		);
		expect(after).toMatchObject({
			'review.returned': 'digest',
			'circular.received': 'none',
			'review.approved': 'each'
		});
		await setOwnNotificationPreferences(db, { actor }, { 'review.returned': 'each' });
		expect((await ownNotificationPreferences(db, actor))['review.returned']).toBe('each');
	});
});

describe('the outbox for administrators', () => {
	it('lists messages by status and sends a failed one again when an administrator asks', async () => {
		const admin = (await makeUser(db, { roles: ['admin'] })).actor;
		const viewer = (await makeUser(db)).actor;
		const { user } = await makeUser(db, { email: 'retry@example.go.th' });
		await db.transaction((tx) => notify(tx, returned([user.id])));
		const [message] = await mailOf(user.id);
		await db
			.update(outboxMessages)
			.set({ status: 'failed', attempts: 10 })
			.where(eq(outboxMessages.id, message!.id));
		expect((await refusal(outboxOverview(db, viewer))).code).toBe('forbidden');
		const failed = await outboxOverview(db, admin, 'failed');
		expect(failed.messages.map((row) => row.id)).toContain(message!.id);
		expect((await refusal(retryOutboxMessage(db, { actor: viewer }, message!.id))).code).toBe(
			'forbidden'
		);
		await retryOutboxMessage(db, { actor: admin }, message!.id);
		expect((await mailOf(user.id))[0]).toMatchObject({ status: 'pending', attempts: 0 });
		expect((await refusal(retryOutboxMessage(db, { actor: admin }, message!.id))).code).toBe(
			'not_found'
		);
		expect((await refusal(retryOutboxMessage(db, { actor: admin }, 'not-an-id'))).code).toBe(
			'not_found'
		);
	});
});
