import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import * as tar from 'tar';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
	createBackup,
	pruneBackups,
	type BackupSettings
} from '../../src/lib/server/backup/create-backup.ts';
import { checksumTree, countRows } from '../../src/lib/server/backup/manifest.ts';
import { RestoreError, restoreBackup } from '../../src/lib/server/backup/restore-backup.ts';
import { openDatabase, type Database } from '../../src/lib/server/db/client.ts';
import { writeAttachmentFile } from '../../src/lib/server/platform/attachments/storage.ts';
import { findUserByUsername } from '../../src/lib/server/platform/users/repository.ts';
import { makeUser } from '../factories/index.ts';
import { createServerDatabase, migratedDataDir } from './harness.ts';

const onServer = process.env.TEST_DATABASE === 'postgres';

/** A place Saphan keeps its data: a data folder, and on a server a database of its own. */
interface Site {
	settings: BackupSettings;
	open(): Promise<Database>;
	/** Empties the database and the attachments, as a lost disk or a dropped database would. */
	wipe(): Promise<void>;
	remove(): Promise<void>;
}

const sites: Site[] = [];
afterEach(async () => {
	for (const site of sites.splice(0)) await site.remove();
});

/** An empty place, or one whose database is migrated already. */
async function newSite(migrated = false): Promise<Site> {
	const dataDir = await mkdtemp(join(tmpdir(), 'saphan-backup-test-'));
	const backupDir = join(dataDir, 'backups');
	const removeFiles = () => rm(join(dataDir, 'files'), { recursive: true, force: true });
	let site: Site;
	if (onServer) {
		const server = await createServerDatabase(
			migrated ? inject('startingDatabases').migrated : undefined
		);
		const open = () => openDatabase({ url: server.url });
		site = {
			settings: { dataDir, backupDir, databaseUrl: server.url },
			open,
			wipe: async () => {
				const database = await open();
				await database.db.execute(sql`DROP SCHEMA public CASCADE`);
				await database.db.execute(sql`CREATE SCHEMA public`);
				await database.close();
				await removeFiles();
			},
			remove: async () => {
				await server.drop();
				await rm(dataDir, { recursive: true, force: true });
			}
		};
	} else {
		if (migrated) await migratedDataDir(dataDir);
		site = {
			settings: { dataDir, backupDir },
			open: () => openDatabase({ dataDir }),
			wipe: async () => {
				await rm(join(dataDir, 'pglite'), { recursive: true, force: true });
				await removeFiles();
			},
			remove: () => rm(dataDir, { recursive: true, force: true })
		};
	}
	sites.push(site);
	return site;
}

/** A site with users, their audit trail and two attachment files; returns what it holds. */
async function filledSite() {
	const site = await newSite(true);
	const database = await site.open();
	const { user } = await makeUser(database.db);
	await makeUser(database.db, { roles: ['admin'] });
	const filesDir = join(site.settings.dataDir, 'files');
	await writeAttachmentFile(filesDir, randomUUID(), new TextEncoder().encode('หลักฐาน 1'));
	await writeAttachmentFile(filesDir, randomUUID(), new Uint8Array([0, 1, 2, 255]));
	const rowCounts = await countRows(database.db);
	return {
		site,
		database,
		username: user.username,
		rowCounts,
		files: await checksumTree(filesDir, 'files')
	};
}

const refusal = (promise: Promise<unknown>) =>
	promise.then(
		() => '',
		(caught: unknown) => (caught instanceof RestoreError ? caught.message : caught)
	);

describe(`backup and restore (${onServer ? 'PostgreSQL server' : 'embedded'})`, () => {
	it('backup, wipe, restore: the same rows and the same files', async () => {
		const { site, database, username, rowCounts, files } = await filledSite();
		const archive = await createBackup(database, site.settings);
		await database.close();
		expect(Object.keys(files)).toHaveLength(2);

		await site.wipe();
		const manifest = await restoreBackup(archive, site.settings, { force: false });
		expect(manifest.rowCounts).toEqual(rowCounts);

		const restored = await site.open();
		try {
			expect(await countRows(restored.db)).toEqual(rowCounts);
			expect((await findUserByUsername(restored.db, username))?.username).toBe(username);
		} finally {
			await restored.close();
		}
		expect(await checksumTree(join(site.settings.dataDir, 'files'), 'files')).toEqual(files);
	});

	it('refuses a target that holds data unless forced, and then replaces it', async () => {
		const { site, database, rowCounts } = await filledSite();
		const archive = await createBackup(database, site.settings);
		await makeUser(database.db);
		await database.close();

		expect(await refusal(restoreBackup(archive, site.settings, { force: false }))).toContain(
			'FORCE=1'
		);
		const untouched = await site.open();
		expect((await countRows(untouched.db)).users).toBe((rowCounts.users ?? 0) + 1);
		await untouched.close();

		await restoreBackup(archive, site.settings, { force: true });
		const restored = await site.open();
		try {
			expect(await countRows(restored.db)).toEqual(rowCounts);
		} finally {
			await restored.close();
		}
	});

	it('refuses an archive whose files do not match its manifest, before touching anything', async () => {
		const { site, database } = await filledSite();
		const archive = await createBackup(database, site.settings);
		await database.close();
		const unpacked = await mkdtemp(join(tmpdir(), 'saphan-tampered-'));
		try {
			await tar.x({ file: archive, cwd: unpacked });
			const [shard] = await readdir(join(unpacked, 'files'));
			const [name] = await readdir(join(unpacked, 'files', shard ?? ''));
			await writeFile(join(unpacked, 'files', shard ?? '', name ?? ''), 'altered');
			const tampered = join(unpacked, 'tampered.tar.gz');
			await tar.c({ gzip: true, file: tampered, cwd: unpacked }, [
				'manifest.json',
				'database',
				'files'
			]);
			const target = await newSite();
			const message = await refusal(restoreBackup(tampered, target.settings, { force: false }));
			expect(message).toContain('does not match its manifest');
			expect(message).toContain(`files/${shard}/${name}`);
			expect(await readdir(target.settings.dataDir)).toEqual([]);
		} finally {
			await rm(unpacked, { recursive: true, force: true });
		}
	});

	it('keeps the newest archives when pruning', async () => {
		const site = await newSite();
		const { backupDir } = site.settings;
		const names = ['01', '02', '03', '04'].map((day) => `saphan-backup-2026-12-${day}.tar.gz`);
		await mkdir(backupDir, { recursive: true });
		for (const name of [...names, 'notes.txt']) await writeFile(join(backupDir, name), '');
		const removed = await pruneBackups(backupDir, 2);
		expect(removed.map((path) => path.split('/').at(-1))).toEqual(names.slice(0, 2));
		expect((await readdir(backupDir)).sort()).toEqual(['notes.txt', ...names.slice(2)]);
	});
});
