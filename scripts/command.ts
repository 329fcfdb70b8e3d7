// What every command that works on the configured database shares: it opens the database for
// itself alone (migrated), runs, closes it, and a refusal to start is said plainly, without a
// stack trace.
import { openConfiguredDatabase } from '../src/lib/server/app.ts';
import { ConfigError, parseConfig, type Config } from '../src/lib/server/config.ts';
import type { Database } from '../src/lib/server/db/client.ts';
import { DataDirLockedError } from '../src/lib/server/db/data-dir-lock.ts';

export async function runOnDatabase(
	work: (database: Database, config: Config) => Promise<void>
): Promise<void> {
	let database: Database;
	let config: Config;
	try {
		config = parseConfig(process.env);
		database = await openConfiguredDatabase(config);
	} catch (error) {
		if (error instanceof ConfigError || error instanceof DataDirLockedError) {
			process.stderr.write(`${error.message}\n`);
			process.exit(1);
		}
		throw error;
	}
	try {
		await work(database, config);
	} finally {
		await database.close();
	}
}
