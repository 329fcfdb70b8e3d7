// Rebuilds the search index of the configured database from its records, in one transaction.
// Safe to repeat: entries already right are left alone.
import { reindex } from '../src/lib/server/search/documents.ts';
import { searchSources } from '../src/lib/server/modules.ts';
import { runOnDatabase } from './command.ts';

await runOnDatabase(async (database) => {
	const changed = await database.db.transaction((tx) => reindex(tx, searchSources));
	await database.checkpoint();
	console.log(`search index: ${changed} entr${changed === 1 ? 'y' : 'ies'} written or removed`);
});
