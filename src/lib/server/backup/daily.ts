import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../db/index.ts';
import {
	archivePattern,
	createBackup,
	pruneBackups,
	type BackupSettings
} from './create-backup.ts';

/** Less than a day, so the server's daily round, which starts a little later each day, never skips one. */
const freshFor = 23 * 60 * 60 * 1000;

/** True when the backup folder holds no archive younger than `freshFor`. */
async function backupIsDue(backupDir: string): Promise<boolean> {
	const names = await readdir(backupDir).catch(() => [] as string[]);
	const archives = names.filter((name) => archivePattern.test(name));
	for (const name of archives) {
		if (Date.now() - (await stat(join(backupDir, name))).mtimeMs < freshFor) return false;
	}
	return true;
}

/**
 * The server's daily backup: an archive unless a recent one exists (so restarts neither pile them
 * up nor skip a day), then all but the newest `keep` are removed.
 */
export async function dailyBackup(
	database: Database,
	settings: BackupSettings,
	keep: number
): Promise<{ archive: string | null; removed: string[] }> {
	const archive = (await backupIsDue(settings.backupDir))
		? await createBackup(database, settings)
		: null;
	return { archive, removed: await pruneBackups(settings.backupDir, keep) };
}
