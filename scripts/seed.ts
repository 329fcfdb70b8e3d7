// Loads the built-in data into the configured database (migrating it first). Safe to repeat:
// a second run reports no changes.
import { loadBuiltinData } from '../src/lib/server/builtin-data.ts';
import { runOnDatabase } from './command.ts';

await runOnDatabase(async (database) => {
	const changes = await loadBuiltinData(database);
	for (const [file, count] of Object.entries(changes)) {
		console.log(`${file}: ${count} record(s) created or updated`);
	}
});
