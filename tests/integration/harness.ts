import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database } from '../../src/lib/server/db/client.ts';
import { migrate } from '../../src/lib/server/db/migrate.ts';

export interface TestDatabase {
	database: Database;
	drop(): Promise<void>;
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
	const serverUrl = process.env.TEST_POSTGRES_URL;
	if (!serverUrl) throw new Error('TEST_DATABASE=postgres needs TEST_POSTGRES_URL');
	const name = `saphan_test_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`CREATE DATABASE ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const database = await openDatabase({ url: url.toString() });
	await migrate(database.db);
	return {
		database,
		drop: async () => {
			await database.close();
			await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
			await admin.end();
		}
	};
}
