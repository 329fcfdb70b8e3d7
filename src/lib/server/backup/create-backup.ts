import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, rename, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { sql } from 'drizzle-orm';
import * as tar from 'tar';
import type { Config } from '../config.ts';
import { type Database, queryRows } from '../db/index.ts';
import {
	checksumTree,
	countRows,
	manifestName,
	migrationLevel,
	sha256File,
	type Manifest
} from './manifest.ts';
import { runPostgresTool } from './postgres-tools.ts';

export interface BackupSettings {
	/** `SAPHAN_DATA_DIR`: the embedded database's folder, and `files/` for attachments. */
	dataDir: string;
	databaseUrl?: string;
	backupDir: string;
}

export const backupSettings = (config: Config): BackupSettings => ({
	dataDir: resolve(config.SAPHAN_DATA_DIR),
	databaseUrl: config.DATABASE_URL,
	backupDir: resolve(config.SAPHAN_BACKUP_DIR ?? join(config.SAPHAN_DATA_DIR, 'backups'))
});

export const archivePattern = /^saphan-backup-.+\.tar\.gz$/;

type DatabasePart = Pick<Manifest, 'database' | 'migrations' | 'rowCounts'>;

/** The embedded database: its data folder copied, and counted in that very state. */
async function dumpEmbedded(database: Database, staging: string): Promise<DatabasePart> {
	if (!database.dumpDataDir) throw new Error('an embedded database was expected');
	const file = 'database/pglite.tar';
	const { tar: snapshot, read } = await database.dumpDataDir(async (tx) => ({
		migrations: await migrationLevel(tx),
		rowCounts: await countRows(tx)
	}));
	await pipeline(
		Readable.fromWeb(snapshot.stream() as ReadableStream),
		createWriteStream(join(staging, file))
	);
	return { database: { kind: 'pglite', file }, ...read };
}

/** A server: pg_dump reads the very snapshot in which the rows are counted. */
async function dumpServer(database: Database, url: string, staging: string): Promise<DatabasePart> {
	const file = 'database/saphan.pgdump';
	return database.db.transaction(
		async (tx) => {
			const [exported] = await queryRows<{ snapshot: string }>(
				tx,
				sql`SELECT pg_export_snapshot() AS snapshot`
			);
			const part: DatabasePart = {
				database: { kind: 'postgres', file },
				migrations: await migrationLevel(tx),
				rowCounts: await countRows(tx)
			};
			await runPostgresTool(
				'pg_dump',
				[
					'--format=custom',
					`--snapshot=${exported?.snapshot}`,
					'--no-owner',
					'--no-privileges',
					`--file=${join(staging, file)}`
				],
				url
			);
			return part;
		},
		{ isolationLevel: 'repeatable read', accessMode: 'read only' }
	);
}

/**
 * Writes one archive of the database and the attachments, with a manifest of row counts, the
 * migration level and the SHA-256 of every file, and returns its path. Safe while Saphan serves:
 * the database is copied consistently first, then the attachment files it may name.
 */
export async function createBackup(database: Database, settings: BackupSettings): Promise<string> {
	await mkdir(settings.backupDir, { recursive: true });
	const staging = await mkdtemp(join(settings.backupDir, '.staging-'));
	try {
		await mkdir(join(staging, 'database'));
		const dumped = settings.databaseUrl
			? await dumpServer(database, settings.databaseUrl, staging)
			: await dumpEmbedded(database, staging);
		const filesDir = join(settings.dataDir, 'files');
		const files = await checksumTree(filesDir, 'files');
		const manifest: Manifest = {
			format: 1,
			createdAt: new Date().toISOString(),
			...dumped,
			checksums: {
				[dumped.database.file]: await sha256File(join(staging, dumped.database.file)),
				...files
			}
		};
		await writeFile(join(staging, manifestName), `${JSON.stringify(manifest, null, 2)}\n`);
		const entries = [manifestName, 'database'];
		if (Object.keys(files).length) {
			await symlink(filesDir, join(staging, 'files'));
			entries.push('files');
		}
		const stamp = manifest.createdAt.replace(/[:.]/g, '-');
		const archive = join(settings.backupDir, `saphan-backup-${stamp}.tar.gz`);
		await tar.c(
			{
				gzip: true,
				portable: true,
				follow: true,
				cwd: staging,
				file: `${archive}.partial`,
				// Only the files the manifest vouches for: one added meanwhile waits for the next backup.
				filter: (path, entry) =>
					path === manifestName ||
					path in manifest.checksums ||
					('isDirectory' in entry && entry.isDirectory())
			},
			entries
		);
		await rename(`${archive}.partial`, archive);
		return archive;
	} finally {
		await rm(staging, { recursive: true, force: true });
	}
}

/** Removes all but the newest `keep` archives in the backup folder; returns what it removed. */
export async function pruneBackups(backupDir: string, keep: number): Promise<string[]> {
	const archives = (await readdir(backupDir)).filter((name) => archivePattern.test(name)).sort();
	const old = archives.slice(0, Math.max(0, archives.length - keep));
	for (const name of old) await rm(join(backupDir, name));
	return old.map((name) => join(backupDir, name));
}
