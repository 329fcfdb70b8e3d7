import { cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import * as tar from 'tar';
import {
	acquireDataDirLock,
	type Database,
	migrate,
	openDatabase,
	queryRows
} from '../db/index.ts';
import type { BackupSettings } from './create-backup.ts';
import {
	checksumTree,
	countRows,
	manifestName,
	manifestSchema,
	migrationLevel,
	rowCountDifferences,
	type Manifest
} from './manifest.ts';
import { runPostgresTool } from './postgres-tools.ts';

/** A restore refused or failed: the message says why, in English and Thai, for the operator. */
export class RestoreError extends Error {}

const isEmptyFolder = async (path: string) =>
	(await readdir(path).catch(() => [] as string[])).length === 0;

/** Unpacks an archive and checks every file against the manifest before anything is touched. */
async function unpackVerified(archive: string, into: string): Promise<Manifest> {
	await tar.x({ file: archive, cwd: into, strict: true });
	const parsed = manifestSchema.safeParse(
		JSON.parse(await readFile(join(into, manifestName), 'utf8').catch(() => 'null'))
	);
	if (!parsed.success) {
		throw new RestoreError(`${archive} has no valid manifest / ไฟล์ ${archive} ไม่มี manifest ที่ถูกต้อง`);
	}
	const manifest = parsed.data;
	const found = {
		...(await checksumTree(join(into, 'database'), 'database')),
		...(await checksumTree(join(into, 'files'), 'files'))
	};
	const names = new Set([...Object.keys(found), ...Object.keys(manifest.checksums)]);
	const wrong = [...names].filter((name) => found[name] !== manifest.checksums[name]);
	if (wrong.length) {
		throw new RestoreError(
			`${archive} does not match its manifest; nothing was restored / ไฟล์สำรองไม่ตรงกับ manifest จึงไม่ได้กู้คืน:\n  ${wrong.join('\n  ')}`
		);
	}
	return manifest;
}

const notEmpty = (what: string) =>
	new RestoreError(
		`${what} is not empty; restore with FORCE=1 to replace it / ${what} มีข้อมูลอยู่แล้ว หากต้องการแทนที่ให้ใช้ FORCE=1`
	);

async function restoreFiles(unpacked: string, filesDir: string, force: boolean): Promise<void> {
	if (!(await isEmptyFolder(filesDir))) {
		if (!force) throw notEmpty(filesDir);
		await rm(filesDir, { recursive: true, force: true });
	}
	if (!(await isEmptyFolder(join(unpacked, 'files')))) {
		await cp(join(unpacked, 'files'), filesDir, { recursive: true });
	}
}

async function restoreEmbedded(
	manifest: Manifest,
	unpacked: string,
	settings: BackupSettings,
	force: boolean
): Promise<void> {
	// Held throughout: a running server refuses the restore, and no server starts during it.
	const lock = await acquireDataDirLock(settings.dataDir);
	try {
		const pgliteDir = join(settings.dataDir, 'pglite');
		const filesDir = join(settings.dataDir, 'files');
		if (!force) {
			if (!(await isEmptyFolder(pgliteDir))) throw notEmpty(pgliteDir);
			if (!(await isEmptyFolder(filesDir))) throw notEmpty(filesDir);
		}
		await rm(pgliteDir, { recursive: true, force: true });
		await mkdir(pgliteDir, { recursive: true });
		// PGlite names its entries from the root (`/PG_VERSION`); extracting strips that slash.
		await tar.x({ file: join(unpacked, manifest.database.file), cwd: pgliteDir });
		await restoreFiles(unpacked, filesDir, force);
	} finally {
		lock.release();
	}
}

async function restoreServer(
	manifest: Manifest,
	unpacked: string,
	settings: BackupSettings & { databaseUrl: string },
	force: boolean
): Promise<void> {
	const filesDir = join(settings.dataDir, 'files');
	if (!force && !(await isEmptyFolder(filesDir))) throw notEmpty(filesDir);
	const database = await openDatabase({ url: settings.databaseUrl });
	try {
		const [tables] = await queryRows<{ count: number | string }>(
			database.db,
			sql`SELECT count(*) AS count FROM pg_tables WHERE schemaname = 'public'`
		);
		if (Number(tables?.count ?? 0) > 0) {
			if (!force) throw notEmpty('The database / ฐานข้อมูล');
			await database.db.execute(sql`DROP SCHEMA public CASCADE`);
			await database.db.execute(sql`CREATE SCHEMA public`);
		}
	} finally {
		await database.close();
	}
	await runPostgresTool(
		'pg_restore',
		[
			'--no-owner',
			'--no-privileges',
			'--exit-on-error',
			'--single-transaction',
			// Only the name: the rest of the connection, password included, goes by environment.
			`--dbname=${decodeURIComponent(new URL(settings.databaseUrl).pathname.slice(1))}`,
			join(unpacked, manifest.database.file)
		],
		settings.databaseUrl
	);
	await restoreFiles(unpacked, filesDir, force);
}

/** Counts the restored database and compares it with the manifest. */
async function verifyRestored(manifest: Manifest, database: Database): Promise<void> {
	const differences = rowCountDifferences(manifest.rowCounts, await countRows(database.db));
	const level = await migrationLevel(database.db);
	if (level.last !== manifest.migrations.last) {
		differences.push(
			`migrations: ${manifest.migrations.last} in the archive, ${level.last} restored`
		);
	}
	if (differences.length) {
		throw new RestoreError(
			`The restored database differs from the archive / ฐานข้อมูลที่กู้คืนไม่ตรงกับไฟล์สำรอง:\n  ${differences.join('\n  ')}`
		);
	}
}

/**
 * Restores an archive `createBackup` wrote into the configured target: the embedded data folder
 * or the PostgreSQL server, and the attachments folder. An empty target only, unless `force`.
 * The archive is checked against its manifest before anything is touched, and the restored rows
 * are counted against it after. Returns the manifest.
 */
export async function restoreBackup(
	archive: string,
	settings: BackupSettings,
	options: { force: boolean }
): Promise<Manifest> {
	const unpacked = await mkdtemp(join(tmpdir(), 'saphan-restore-'));
	try {
		const manifest = await unpackVerified(archive, unpacked);
		const target = settings.databaseUrl;
		if (manifest.database.kind !== (target ? 'postgres' : 'pglite')) {
			throw new RestoreError(
				`${archive} holds ${manifest.database.kind === 'pglite' ? 'an embedded database' : 'a PostgreSQL server dump'}; restore it into the same kind of database / ไฟล์สำรองนี้ต้องกู้คืนลงฐานข้อมูลชนิดเดียวกับต้นทาง`
			);
		}
		if (target) {
			await restoreServer(manifest, unpacked, { ...settings, databaseUrl: target }, options.force);
		} else {
			await restoreEmbedded(manifest, unpacked, settings, options.force);
		}
		const database = await openDatabase(target ? { url: target } : { dataDir: settings.dataDir });
		try {
			await verifyRestored(manifest, database);
			// The archive may come from an older Saphan: bring its schema up to this one.
			await migrate(database.db);
		} finally {
			await database.close();
		}
		return manifest;
	} finally {
		await rm(unpacked, { recursive: true, force: true });
	}
}
