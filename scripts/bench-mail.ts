// Measures e-mail delivery to a local SMTP server this script starts (`node scripts/bench-mail.ts
// [messages]`, default 2000) and the outbox's recovery from kill -9: a worker process is killed
// mid-delivery and started again, then it counts what the server received (unique Message-IDs)
// against what the outbox says (decision 0022). Nothing lost: every message is sent or
// unconfirmed; nothing sent twice: no Message-ID received twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, migrate, type Db } from '../src/lib/server/db/index.ts';
import { outboxMessages } from '../src/lib/server/db/schema.ts';
import {
	deliverDue,
	notify,
	smtpSender,
	startMailWorker
} from '../src/lib/server/notifications/index.ts';
import { createUser, systemActor } from '../src/lib/server/platform/index.ts';
import { startTestSmtpServer } from '../tests/mail/smtp.ts';

const from = 'Saphan <saphan@example.go.th>';

if (process.argv[2] === '--worker') {
	// The worker process: delivers the outbox of the data folder given until it is killed.
	const [, , , dataDir = '', smtpUrl = ''] = process.argv;
	const database = await openDatabase({ dataDir });
	await startMailWorker(database.db, smtpSender(smtpUrl), { from, intervalMs: 50, alone: true });
	process.stdout.write('ready\n');
	await new Promise(() => {});
}

const count = Number(process.argv[2] ?? 2000);
const recipients = 10;

/** Users with e-mail addresses, and `messages` e-mails for them in the outbox. */
async function fillOutbox(db: Db, messages: number) {
	const ids: string[] = [];
	for (let index = 0; index < recipients; index += 1) {
		const user = await createUser(
			db,
			{ actor: systemActor },
			{
				username: `mail-${index}`,
				displayName: `ผู้รับ ${index}`,
				email: `user${index}@example.go.th`,
				password: 'a-long-bench-password',
				roles: ['agency_reporter'],
				agencyIds: [],
				locale: index % 2 ? 'en' : 'th'
			}
		);
		ids.push(user.id);
	}
	for (let written = 0; written < messages; written += recipients * 10) {
		await db.transaction(async (tx) => {
			for (let notice = 0; notice < 10; notice += 1) {
				await notify(tx, {
					kind: 'review.returned',
					to: ids,
					path: `/projects/p${written + notice}#report`,
					facts: {
						record: 'progressReport',
						title: `โครงการที่ ${written + notice}`,
						comment: 'โปรดแก้ไข'
					}
				});
			}
		});
	}
}

const smtp = await startTestSmtpServer();

// 1. Throughput: one worker delivering the whole outbox of an embedded database.
{
	const database = await openDatabase({ memory: true });
	await migrate(database.db);
	await fillOutbox(database.db, count);
	const sender = smtpSender(smtp.url);
	const started = performance.now();
	const done = await deliverDue(database.db, sender, { from });
	const seconds = (performance.now() - started) / 1000;
	sender.close();
	await database.close();
	console.log(
		`throughput: ${done.sent} e-mails in ${seconds.toFixed(1)} s = ${(done.sent / seconds).toFixed(0)} per second (received ${smtp.received.length})`
	);
}

// 2. kill -9 of the worker mid-delivery, then a restart.
smtp.received.length = 0;
const dataDir = mkdtempSync(join(tmpdir(), 'saphan-mail-'));
try {
	let database = await openDatabase({ dataDir });
	await migrate(database.db);
	await fillOutbox(database.db, count);
	await database.close();

	const startWorker = async () => {
		const child: ChildProcess = spawn(
			process.execPath,
			[import.meta.filename, '--worker', dataDir, smtp.url],
			{ stdio: ['ignore', 'pipe', 'inherit'] }
		);
		await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
		return child;
	};
	const stopped = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));

	let worker = await startWorker();
	await smtp.waitFor(Math.floor(count / 3), 120_000);
	let exited = stopped(worker);
	worker.kill('SIGKILL');
	await exited;
	const atKill = smtp.received.length;
	worker = await startWorker();
	// Done when nothing more arrives for two seconds.
	for (let last = -1; last !== smtp.received.length;) {
		last = smtp.received.length;
		await new Promise((resolve) => setTimeout(resolve, 2000));
	}
	exited = stopped(worker);
	worker.kill('SIGTERM');
	await exited;

	database = await openDatabase({ dataDir });
	const rows = await database.db
		.select({ status: outboxMessages.status, messageId: outboxMessages.messageId })
		.from(outboxMessages);
	await database.close();
	const received = smtp.received.map((mail) => mail.messageId ?? '');
	const unique = new Set(received);
	const byStatus = Map.groupBy(rows, (row) => row.status);
	const sent = byStatus.get('sent') ?? [];
	const unconfirmed = byStatus.get('unconfirmed') ?? [];
	const sentMissing = sent.filter((row) => !unique.has(row.messageId)).length;
	const unconfirmedArrived = unconfirmed.filter((row) => unique.has(row.messageId)).length;
	console.log(
		[
			`kill -9 after ${atKill} of ${rows.length} e-mails were received, then a restart:`,
			`  received ${received.length} messages, ${unique.size} unique Message-IDs (sent twice: ${received.length - unique.size})`,
			`  outbox: ${[...byStatus].map(([status, list]) => `${status} ${list.length}`).join(', ')}`,
			`  sent but not received: ${sentMissing}; unconfirmed (held for an administrator) ${unconfirmed.length}, of which had arrived ${unconfirmedArrived}`,
			`  lost (neither sent nor unconfirmed): ${rows.length - sent.length - unconfirmed.length}`
		].join('\n')
	);
} finally {
	rmSync(dataDir, { recursive: true, force: true });
	await smtp.close();
}
