// Account chores at the server's shell: `make admin ARGS="reset-password USERNAME"`,
// `… unlock USERNAME`, `… create-admin USERNAME`. A password piped to standard input is used;
// otherwise one is generated and printed. Every change is audited as the command line.
import { text } from 'node:stream/consumers';
import {
	AdminCommandError,
	runAdminCommand
} from '../src/lib/server/platform/users/command-line.ts';
import { runOnDatabase } from './command.ts';

const args = process.argv.slice(2);
const piped = process.stdin.isTTY ? '' : (await text(process.stdin)).replace(/\r?\n$/, '');
await runOnDatabase(async (database) => {
	try {
		for (const line of await runAdminCommand(database.db, args, piped)) console.log(line);
	} catch (caught) {
		if (!(caught instanceof AdminCommandError)) throw caught;
		console.error(caught.message);
		process.exitCode = 1;
	}
});
