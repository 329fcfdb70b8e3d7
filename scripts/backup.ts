// Writes one archive of the configured database and the attachments into SAPHAN_BACKUP_DIR and
// prints its path as the last line. While the server runs on the embedded database, the server
// makes the copy (it alone may open the folder); otherwise this process does.
import { controlSocketPath, askServer } from '../src/lib/server/control.ts';
import { backupSettings, createBackup } from '../src/lib/server/backup/create-backup.ts';
import { ConfigError, parseConfig } from '../src/lib/server/config.ts';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { DataDirLockedError } from '../src/lib/server/db/data-dir-lock.ts';

async function backUp(): Promise<string> {
	const config = parseConfig(process.env);
	const settings = backupSettings(config);
	if (!settings.databaseUrl) {
		const answer = await askServer(controlSocketPath(settings.dataDir), { command: 'backup' });
		if (answer?.ok) return answer.lines.at(-1) ?? '';
		if (answer) throw new Error(`The running server could not back up: ${answer.error}`);
	}
	const database = await openDatabase(
		settings.databaseUrl ? { url: settings.databaseUrl } : { dataDir: settings.dataDir }
	);
	try {
		return await createBackup(database, settings);
	} finally {
		await database.close();
	}
}

try {
	const started = performance.now();
	const archive = await backUp();
	console.error(`backup took ${((performance.now() - started) / 1000).toFixed(1)} s`);
	console.log(archive);
} catch (error) {
	if (!(error instanceof ConfigError || error instanceof DataDirLockedError)) throw error;
	process.stderr.write(`${error.message}\n`);
	process.exit(1);
}
