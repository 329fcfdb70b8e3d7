// Account chores at the server's shell: `make admin ARGS="reset-password USERNAME"`,
// `… unlock USERNAME`, `… create-admin USERNAME`. A password piped to standard input is used;
// otherwise one is generated and printed. Every change is audited as the command line.
import { text } from 'node:stream/consumers';
import { parseConfig } from '../src/lib/server/config.ts';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { migrate } from '../src/lib/server/db/migrate.ts';
import {
	AdminCommandError,
	runAdminCommand
} from '../src/lib/server/platform/users/command-line.ts';

const args = process.argv.slice(2);
const piped = process.stdin.isTTY ? '' : (await text(process.stdin)).replace(/\r?\n$/, '');
const config = parseConfig(process.env);
const database = await openDatabase(
	config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.SAPHAN_DATA_DIR }
);
try {
	await migrate(database.db);
	for (const line of await runAdminCommand(database.db, args, piped)) console.log(line);
} catch (caught) {
	if (!(caught instanceof AdminCommandError)) throw caught;
	console.error(caught.message);
	process.exitCode = 1;
} finally {
	await database.close();
}
