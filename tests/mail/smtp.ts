import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
	/** smtp://127.0.0.1:<port>, for SAPHAN_SMTP_URL. */
	url: string;
	/** Every message accepted so far, parsed, in the order received. */
	received: ParsedMail[];
	/** Refuses the next `count` messages with a temporary failure (451). */
	refuseNext(count: number): void;
	/** Resolves once `count` messages in all have been received. */
	waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
	close(): Promise<void>;
}

/** A real SMTP server on a free local port that keeps what it receives, for tests to read. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
	const received: ParsedMail[] = [];
	let refusals = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, _session, callback) {
			simpleParser(stream).then(
				(mail) => {
					if (refusals > 0) {
						refusals -= 1;
						callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
						return;
					}
					received.push(mail);
					callback();
				},
				(error: Error) => callback(error)
			);
		}
	});
	// A client that goes away mid-message (a killed worker) resets its connection: not the server's end.
	server.on('error', () => {});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.server.address() as AddressInfo;
	return {
		url: `smtp://127.0.0.1:${port}`,
		received,
		refuseNext: (count) => {
			refusals = count;
		},
		waitFor: async (count, timeoutMs = 30_000) => {
			const deadline = Date.now() + timeoutMs;
			while (received.length < count) {
				if (Date.now() > deadline) {
					throw new Error(`expected ${count} messages, received ${received.length}`);
				}
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			return received;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
