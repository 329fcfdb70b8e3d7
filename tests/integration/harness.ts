import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import postgres from 'postgres';
import * as tar from 'tar';
import { inject } from 'vitest';
import { AppError } from '../../src/lib/server/platform/errors.ts';
import { openDatabase, type Database } from '../../src/lib/server/db/client.ts';
// Registers every module's search source, as the app does at start, for the writes that index.
import '../../src/lib/server/modules.ts';
import { databaseUrl, testServerUrl } from './global-setup.ts';

export interface TestDatabase {
	database: Database;
	drop(): Promise<void>;
}

/**
 * A new database on the throw-away PostgreSQL server (TEST_POSTGRES_URL): empty, or a copy of
 * the template database named.
 */
export async function createServerDatabase(
	template?: string
): Promise<{ url: string; drop(): Promise<void> }> {
	const serverUrl = testServerUrl();
	const name = `saphan_test_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
	return {
		url: databaseUrl(serverUrl, name),
		drop: async () => {
			await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
			await admin.end();
		}
	};
}

/**
 * The run's migrated embedded database put in the data folder given, as a restore puts one: what
 * a server opening that folder finds. PGlite only (a server's is `createServerDatabase(template)`).
 */
export async function migratedDataDir(dataDir: string): Promise<void> {
	const cwd = join(dataDir, 'pglite');
	await mkdir(cwd, { recursive: true });
	await tar.x({ file: inject('startingDatabases').migrated, cwd });
}

/**
 * A fresh, migrated database for one test file, with the built-in data loaded when asked: PGlite
 * in memory, or a new database on the throw-away PostgreSQL server when TEST_DATABASE=postgres.
 * Each is a copy of the database the run migrated once (global-setup.ts).
 */
export async function createTestDatabase(
	options: { builtinData?: boolean } = {}
): Promise<TestDatabase> {
	const starting = inject('startingDatabases');
	const source = options.builtinData ? starting.builtinData : starting.migrated;
	if (process.env.TEST_DATABASE !== 'postgres') {
		const database = await openDatabase({
			memory: true,
			loadDataDir: new Blob([readFileSync(source)])
		});
		return { database, drop: () => database.close() };
	}
	const server = await createServerDatabase(source);
	const database = await openDatabase({ url: server.url });
	return {
		database,
		drop: async () => {
			await database.close();
			await server.drop();
		}
	};
}

/** The refusal a use case answers with: fails the test if it succeeds or fails otherwise. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
	const caught = await promise.then(
		() => {
			throw new Error('expected a refusal');
		},
		(error: unknown) => error
	);
	if (!(caught instanceof AppError)) throw new Error(`expected a refusal, got ${String(caught)}`);
	return caught;
}
