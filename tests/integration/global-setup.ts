import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { loadBuiltinData } from '../../src/lib/server/builtin-data.ts';
import { openDatabase, type Database } from '../../src/lib/server/db/client.ts';
import { migrate } from '../../src/lib/server/db/migrate.ts';

/** The databases every test file starts from, made once per run: migrated, and with built-in data too. */
export interface StartingDatabases {
	/** A copy of the embedded database (a file `dumpDataDir` wrote), or a template database's name. */
	migrated: string;
	builtinData: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		startingDatabases: StartingDatabases;
	}
}

/** `postgres://…/saphan` with another database name. */
export function databaseUrl(serverUrl: string, name: string): string {
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return url.toString();
}

export function testServerUrl(): string {
	const serverUrl = process.env.TEST_POSTGRES_URL;
	if (!serverUrl) throw new Error('TEST_DATABASE=postgres needs TEST_POSTGRES_URL');
	return serverUrl;
}

async function embedded(): Promise<{ databases: StartingDatabases; remove(): void }> {
	const folder = mkdtempSync(join(tmpdir(), 'saphan-test-databases-'));
	const database = await openDatabase({ memory: true });
	const save = async (name: string) => {
		const { tar } = await (database.dumpDataDir as NonNullable<Database['dumpDataDir']>)(
			async () => null
		);
		const file = join(folder, `${name}.tar`);
		writeFileSync(file, Buffer.from(await tar.arrayBuffer()));
		return file;
	};
	try {
		await migrate(database.db);
		const migrated = await save('migrated');
		await loadBuiltinData(database);
		const builtinData = await save('builtin-data');
		return {
			databases: { migrated, builtinData },
			remove: () => rmSync(folder, { recursive: true, force: true })
		};
	} finally {
		await database.close();
	}
}

async function onServer(): Promise<{ databases: StartingDatabases; remove(): Promise<void> }> {
	const serverUrl = testServerUrl();
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	const suffix = randomBytes(6).toString('hex');
	const databases = {
		migrated: `saphan_template_${suffix}`,
		builtinData: `saphan_template_builtin_${suffix}`
	};
	const fill = async (name: string, template: string, work: (database: Database) => unknown) => {
		await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
		const database = await openDatabase({ url: databaseUrl(serverUrl, name) });
		try {
			await work(database);
		} finally {
			await database.close();
		}
	};
	const remove = async () => {
		for (const name of [databases.builtinData, databases.migrated]) {
			await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		}
		await admin.end();
	};
	try {
		await fill(databases.migrated, 'template1', (database) => migrate(database.db));
		await fill(databases.builtinData, databases.migrated, loadBuiltinData);
	} catch (error) {
		await remove();
		throw error;
	}
	return { databases, remove };
}

/**
 * Migrates once per run, and loads the built-in data once, for every test file to copy: PGlite's
 * data folder as a file each file's in-memory database starts from, or template databases on the
 * PostgreSQL server that each file's database is created from.
 */
export default async function setup(project: TestProject) {
	const made = process.env.TEST_DATABASE === 'postgres' ? await onServer() : await embedded();
	project.provide('startingDatabases', made.databases);
	return () => made.remove();
}
