import { chmod, rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The running server's local door for commands that need its database: a Unix socket inside the
 * data folder, readable and writable by the folder's owner only (mode 0600). `make backup` and
 * `make admin` ask through it while the server holds the embedded database.
 */
export const controlSocketPath = (dataDir: string) => join(dataDir, 'saphan.sock');

const requestSchema = z.discriminatedUnion('command', [
	z.object({ command: z.literal('backup') }),
	z.object({ command: z.literal('admin'), args: z.array(z.string()), password: z.string() })
]);
export type ControlRequest = z.infer<typeof requestSchema>;

/** What the command printed, or why it failed. */
const answerSchema = z.union([
	z.object({ ok: z.literal(true), lines: z.array(z.string()) }),
	z.object({ ok: z.literal(false), error: z.string() })
]);
export type ControlAnswer = z.infer<typeof answerSchema>;

export interface ControlChannel {
	close(): Promise<void>;
}

/** Serves control requests, one JSON line each way per connection. */
export async function listenForControl(
	path: string,
	handle: (request: ControlRequest) => Promise<string[]>
): Promise<ControlChannel> {
	// Whoever calls this holds the data folder: a socket left here is a dead server's.
	await rm(path, { force: true });
	const server = createServer((socket) => {
		let received = '';
		socket.setEncoding('utf8');
		socket.on('data', (chunk: string) => {
			received += chunk;
			if (!received.includes('\n')) return;
			socket.pause();
			const parsed = requestSchema.safeParse(JSON.parse(received.split('\n')[0] || 'null'));
			const answer: Promise<ControlAnswer> = parsed.success
				? handle(parsed.data).then(
						(lines) => ({ ok: true, lines }),
						(error: unknown) => ({
							ok: false,
							error: error instanceof Error ? error.message : String(error)
						})
					)
				: Promise.resolve({ ok: false, error: 'unknown request' });
			void answer.then((each) => socket.end(`${JSON.stringify(each)}\n`));
		});
		socket.on('error', () => socket.destroy());
	});
	const mask = process.umask(0o177);
	try {
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(path, () => resolve());
		});
	} finally {
		process.umask(mask);
	}
	await chmod(path, 0o600);
	return {
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
			})
	};
}

/** Asks the server listening at `path`; null when no server listens there. */
export function askServer(path: string, request: ControlRequest): Promise<ControlAnswer | null> {
	return new Promise((resolve, reject) => {
		let received = '';
		const socket = connect(path, () => socket.write(`${JSON.stringify(request)}\n`));
		socket.setEncoding('utf8');
		socket.on('data', (chunk: string) => (received += chunk));
		socket.on('end', () => {
			const parsed = answerSchema.safeParse(JSON.parse(received.trim() || 'null'));
			if (parsed.success) resolve(parsed.data);
			else reject(new Error(`the server gave an unexpected answer: ${received.trim()}`));
		});
		socket.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') resolve(null);
			else reject(error);
		});
	});
}
