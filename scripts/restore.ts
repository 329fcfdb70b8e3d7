// Restores an archive `make backup` wrote into the configured, empty target (SAPHAN_DATA_DIR or
// DATABASE_URL): `make restore FILE=… [FORCE=1]`. The archive is checked against its manifest
// first and the restored row counts after.
import { resolve } from 'node:path';
import { backupSettings } from '../src/lib/server/backup/create-backup.ts';
import { RestoreError, restoreBackup } from '../src/lib/server/backup/restore-backup.ts';
import { ConfigError, parseConfig } from '../src/lib/server/config.ts';
import { DataDirLockedError } from '../src/lib/server/db/data-dir-lock.ts';

const [file, ...flags] = process.argv.slice(2);
try {
	if (!file)
		throw new RestoreError('Usage / วิธีใช้: make restore FILE=saphan-backup-….tar.gz [FORCE=1]');
	const started = performance.now();
	const manifest = await restoreBackup(resolve(file), backupSettings(parseConfig(process.env)), {
		force: flags.includes('--force')
	});
	const rows = Object.values(manifest.rowCounts).reduce((sum, count) => sum + count, 0);
	const files = Object.keys(manifest.checksums).filter((name) => name.startsWith('files/')).length;
	console.error(`restore took ${((performance.now() - started) / 1000).toFixed(1)} s`);
	console.log(
		`Restored ${rows} rows and ${files} files from ${manifest.createdAt} / กู้คืน ${rows} แถว และ ${files} ไฟล์แล้ว`
	);
} catch (error) {
	if (!(
		error instanceof RestoreError ||
		error instanceof ConfigError ||
		error instanceof DataDirLockedError
	)) {
		throw error;
	}
	process.stderr.write(`${error.message}\n`);
	process.exit(1);
}
