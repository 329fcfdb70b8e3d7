import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const adminPassword = 'browser-test-admin-password';

/** The session cookie of the admin on a running app. */
export async function adminCookie(baseUrl: string): Promise<string> {
	const login = await fetch(`${baseUrl}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ username: 'admin', password: adminPassword })
	});
	return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export interface RunningApp {
	baseUrl: string;
	stop(): Promise<void>;
	/** Ends the process with SIGKILL, as a crash would: no shutdown, the data folder kept. */
	kill(): Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/** A new folder in the system's temporary folder, holding a copy of the folder `source` if given. */
export function newDataDir(prefix: string, source?: string): string {
	const dataDir = mkdtempSync(join(tmpdir(), prefix));
	if (source) cpSync(source, dataDir, { recursive: true });
	return dataDir;
}

/**
 * Starts the built app (`serve.js`) on a free port: on the data folder given, which it then leaves
 * in place; else on a folder of its own, removed when it stops, holding a copy of `copyOf` (a data
 * folder an app was stopped on) or, without it, an empty embedded database that the first start
 * migrates and fills with the built-in data. `env` adds to the environment it is started with;
 * links in its e-mail lead to the address it is served at.
 */
export async function startBuiltApp(
	given: ({ dataDir: string } | { copyOf?: string }) & { env?: Record<string, string> } = {}
): Promise<RunningApp> {
	const port = await freePort();
	const own = !('dataDir' in given);
	const dataDir = 'dataDir' in given ? given.dataDir : newDataDir('saphan-browser-', given.copyOf);
	const child: ChildProcess = spawn(process.execPath, ['serve.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			SAPHAN_DATA_DIR: dataDir,
			SAPHAN_ADMIN_PASSWORD: adminPassword,
			SAPHAN_PUBLIC_URL: `http://127.0.0.1:${port}`,
			SAPHAN_LOG_LEVEL: 'warn',
			DATABASE_URL: '',
			...given.env
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const baseUrl = `http://127.0.0.1:${port}`;
	/** A first start migrates and loads the built-in data, which is slow on a busy machine. */
	const deadline = Date.now() + 170_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
		const ready = await fetch(`${baseUrl}/healthz`).then(
			(response) => response.ok,
			() => false
		);
		if (ready) break;
		if (Date.now() > deadline) {
			child.kill('SIGTERM');
			throw new Error('the app did not become healthy in 170 s');
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	const end = async (signal: NodeJS.Signals) => {
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill(signal);
		await exited;
	};
	return {
		baseUrl,
		stop: async () => {
			await end('SIGTERM');
			if (own) rmSync(dataDir, { recursive: true, force: true });
		},
		kill: () => end('SIGKILL')
	};
}
