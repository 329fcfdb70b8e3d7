import { spawn } from 'node:child_process';

/**
 * The connection of a `postgres://` URL as libpq's variables, so the password reaches pg_dump and
 * pg_restore through their environment, not their command line, where any user could read it.
 */
export function libpqEnvironment(url: string): NodeJS.ProcessEnv {
	const parsed = new URL(url);
	const environment: NodeJS.ProcessEnv = {
		...process.env,
		PGHOST: decodeURIComponent(parsed.hostname) || 'localhost',
		PGPORT: parsed.port || '5432',
		PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)),
		PGUSER: decodeURIComponent(parsed.username),
		PGPASSWORD: decodeURIComponent(parsed.password)
	};
	const sslmode = parsed.searchParams.get('sslmode');
	if (sslmode) environment.PGSSLMODE = sslmode;
	return environment;
}

/** Runs pg_dump or pg_restore to the end; a failure carries what the tool said. */
export function runPostgresTool(tool: 'pg_dump' | 'pg_restore', args: string[], url: string) {
	return new Promise<void>((resolve, reject) => {
		const child = spawn(tool, args, {
			env: libpqEnvironment(url),
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let said = '';
		child.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
		child.on('error', (error: NodeJS.ErrnoException) =>
			reject(
				error.code === 'ENOENT'
					? new Error(
							`${tool} was not found: install PostgreSQL's client programs (Debian: postgresql-client) / ไม่พบ ${tool} โปรดติดตั้ง postgresql-client`
						)
					: error
			)
		);
		child.on('close', (code) =>
			code === 0 ? resolve() : reject(new Error(`${tool} failed (exit ${code}): ${said.trim()}`))
		);
	});
}
