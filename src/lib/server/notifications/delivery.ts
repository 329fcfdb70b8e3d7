import type { Db } from '../db/index.ts';
import { log, type Repeating, repeatEvery } from '../platform/index.ts';
import type { MailSender } from './mailer.ts';
import {
	claimDueMessage,
	markAttemptFailed,
	markInterrupted,
	markSent
} from './outbox-repository.ts';

export interface RetryPolicy {
	/** The wait after the first failed attempt; it doubles with each further one. */
	baseMs: number;
	/** The longest wait between attempts. */
	capMs: number;
	/** After this many attempts a message is failed for good, for an administrator to retry. */
	maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = {
	baseMs: 60_000,
	capMs: 6 * 60 * 60 * 1000,
	maxAttempts: 10
};

/** How long to wait after the given number of failed attempts: exponential, capped. */
export function retryDelay(attempts: number, { baseMs, capMs }: RetryPolicy): number {
	return Math.min(capMs, baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 40)));
}

export interface DeliveryOptions {
	/** `SAPHAN_MAIL_FROM`. */
	from: string;
	now?: () => Date;
	/** How long a claimed message is this worker's: well beyond the SMTP time-outs. */
	leaseMs?: number;
	retry?: RetryPolicy;
}

const defaultLeaseMs = 10 * 60 * 1000;

/**
 * Delivers every message that is due, one claim at a time: claim (committed), send, mark sent.
 * A message is handed to the mail server only by the worker holding its claim, and only once per
 * claim; a worker that dies between the server's answer and the mark leaves it claimed, and it
 * becomes unconfirmed instead of being sent again (decision 0022).
 */
export async function deliverDue(
	db: Db,
	sender: MailSender,
	{
		from,
		now = () => new Date(),
		leaseMs = defaultLeaseMs,
		retry = defaultRetryPolicy
	}: DeliveryOptions
): Promise<{ sent: number; failed: number }> {
	const done = { sent: 0, failed: 0 };
	await markInterrupted(db, now(), now());
	for (;;) {
		const at = now();
		const message = await db.transaction((tx) =>
			claimDueMessage(tx, at, new Date(at.getTime() + leaseMs))
		);
		if (!message) return done;
		try {
			await sender.send({
				from,
				to: message.recipient,
				subject: message.subject,
				text: message.text,
				html: message.html,
				messageId: message.messageId
			});
		} catch (caught) {
			const failedAt = now();
			const retryAt =
				message.attempts < retry.maxAttempts
					? new Date(failedAt.getTime() + retryDelay(message.attempts, retry))
					: null;
			await markAttemptFailed(db, message.id, failedAt, String(caught), retryAt);
			done.failed += 1;
			continue;
		}
		await markSent(db, message.id, now());
		done.sent += 1;
	}
}

/**
 * Delivers due messages every `intervalMs` in the background; `run` delivers what is due now. On
 * an embedded database this process is the only one delivering, so messages it finds claimed at
 * start were interrupted by a crash and become unconfirmed at once; on a server they do when their
 * lease ends.
 */
export async function startMailWorker(
	db: Db,
	sender: MailSender,
	options: DeliveryOptions & { intervalMs: number; alone: boolean }
): Promise<Repeating> {
	if (options.alone) {
		const interrupted = await markInterrupted(db, (options.now ?? (() => new Date()))());
		if (interrupted) log('warn', 'e-mail left unconfirmed by a stop mid-delivery', { interrupted });
	}
	const delivering = repeatEvery(options.intervalMs, () =>
		deliverDue(db, sender, options).then(
			(done) => {
				if (done.sent || done.failed) log('info', 'e-mail delivered', done);
			},
			(caught: unknown) => log('error', 'e-mail delivery failed', { error: String(caught) })
		)
	);
	return {
		run: delivering.run,
		stop: async () => {
			await delivering.stop();
			sender.close();
		}
	};
}
