// Loads the built-in data into the configured database (migrating it first). Safe to repeat:
// a second run reports no changes.
import { parseConfig } from '../src/lib/server/config.ts';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { migrate } from '../src/lib/server/db/migrate.ts';
import { loadBuiltinData } from '../src/lib/server/builtin-data.ts';

const config = parseConfig(process.env);
const database = await openDatabase(
	config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.SAPHAN_DATA_DIR }
);
try {
	await migrate(database.db);
	const changes = await loadBuiltinData(database);
	for (const [file, count] of Object.entries(changes)) {
		console.log(`${file}: ${count} record(s) created or updated`);
	}
} finally {
	await database.close();
}
