// Rebuilds the search index of the configured database from its records, in one transaction.
// Safe to repeat: entries already right are left alone.
import { parseConfig } from '../src/lib/server/config.ts';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { migrate } from '../src/lib/server/db/migrate.ts';
import { reindex } from '../src/lib/server/search/documents.ts';
import { searchSources } from '../src/lib/server/search-sources.ts';

const config = parseConfig(process.env);
const database = await openDatabase(
	config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.SAPHAN_DATA_DIR }
);
try {
	await migrate(database.db);
	const changed = await database.db.transaction((tx) => reindex(tx, searchSources));
	await database.checkpoint();
	console.log(`search index: ${changed} entr${changed === 1 ? 'y' : 'ies'} written or removed`);
} finally {
	await database.close();
}
