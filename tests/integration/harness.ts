import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { AppError } from '../../src/lib/server/platform/errors.ts';
import { openDatabase, type Database } from '../../src/lib/server/db/client.ts';
import { migrate } from '../../src/lib/server/db/migrate.ts';
// Registers every module's search source, as the app does at start, for the writes that index.
import '../../src/lib/server/modules.ts';

export interface TestDatabase {
	database: Database;
	drop(): Promise<void>;
}

/** A new, empty database on the throw-away PostgreSQL server (TEST_POSTGRES_URL). */
export async function createServerDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
	const serverUrl = process.env.TEST_POSTGRES_URL;
	if (!serverUrl) throw new Error('TEST_DATABASE=postgres needs TEST_POSTGRES_URL');
	const name = `saphan_test_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`CREATE DATABASE ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
			await admin.end();
		}
	};
}

/**
 * A fresh, migrated database for one test file: PGlite in memory, or a new database on the
 * throw-away PostgreSQL server when TEST_DATABASE=postgres.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
	if (process.env.TEST_DATABASE !== 'postgres') {
		const database = await openDatabase({ memory: true });
		await migrate(database.db);
		return { database, drop: () => database.close() };
	}
	const server = await createServerDatabase();
	const database = await openDatabase({ url: server.url });
	await migrate(database.db);
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
