// Account chores at the server's shell: `make admin ARGS="reset-password USERNAME"`,
// `… unlock USERNAME`, `… create-admin USERNAME`. A password piped to standard input is used;
// otherwise one is generated and printed. Every change is audited as the command line. While the
// server runs on the embedded database, the server does the work (it alone may open the folder).
import { resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { parseConfig } from '../src/lib/server/config.ts';
import { askServer, controlSocketPath } from '../src/lib/server/control.ts';
import {
	AdminCommandError,
	commandsTakingPassword,
	runAdminCommand
} from '../src/lib/server/platform/users/command-line.ts';
import { runOnDatabase } from './command.ts';

const args = process.argv.slice(2);
const password =
	process.stdin.isTTY || !commandsTakingPassword.has(args[0] ?? '')
		? ''
		: (await text(process.stdin)).replace(/\r?\n$/, '');
const config = parseConfig(process.env);
const answer = config.DATABASE_URL
	? null
	: await askServer(controlSocketPath(resolve(config.SAPHAN_DATA_DIR)), {
			command: 'admin',
			args,
			password
		});
if (answer?.ok) {
	for (const line of answer.lines) console.log(line);
} else if (answer) {
	console.error(answer.error);
	process.exitCode = 1;
} else {
	await runOnDatabase(async (database) => {
		try {
			for (const line of await runAdminCommand(database.db, args, password)) console.log(line);
		} catch (caught) {
			if (!(caught instanceof AdminCommandError)) throw caught;
			console.error(caught.message);
			process.exitCode = 1;
		}
	});
}
