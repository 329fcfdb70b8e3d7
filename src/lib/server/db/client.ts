import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';

/** Queries are built from each module's tables; the database itself knows no schema. */
type NoSchema = Record<string, never>;
export type Db = PgDatabase<PgQueryResultHKT, NoSchema>;
export type Tx = PgTransaction<PgQueryResultHKT, NoSchema, ExtractTablesWithRelations<NoSchema>>;
/** Anything that runs queries: the database or a transaction inside it. */
export type Executor = Db | Tx;

export interface Database {
	db: Db;
	kind: 'pglite' | 'postgres';
	/** Runs the simplest query: throws when the database does not answer. */
	ping(): Promise<void>;
	/** Folds PGlite's write-ahead log into the data files so the data folder stays small. */
	checkpoint(): Promise<void>;
	/**
	 * What a server's autovacuum does, for PGlite, which has none: reclaims dead rows and refreshes
	 * the planner's statistics, so plans stay good as the data grows.
	 */
	maintain(): Promise<void>;
	/**
	 * The embedded database's data folder copied as a tar, and what `read` found, both in one
	 * state: no other statement runs between them. Null for a server, which pg_dump copies.
	 */
	dumpDataDir: (<T>(read: (tx: Tx) => Promise<T>) => Promise<{ tar: Blob; read: T }>) | null;
	close(): Promise<void>;
}

/**
 * A server, an embedded data folder, or an embedded database in memory, empty or started from a
 * copy `dumpDataDir` made (how tests start from one migrated database instead of migrating each).
 */
export type DatabaseTarget =
	{ url: string } | { dataDir: string } | { memory: true; loadDataDir?: Blob };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
	if ('url' in target) {
		const client = postgres(target.url, { max: 10, onnotice: () => {} });
		return {
			db: drizzlePostgres(client) as unknown as Db,
			kind: 'postgres',
			ping: async () => {
				await client`SELECT 1`;
			},
			checkpoint: async () => {},
			maintain: async () => {},
			dumpDataDir: null,
			close: () => client.end({ timeout: 5 })
		};
	}
	let dataDir: string | undefined;
	let lock: DataDirLock | undefined;
	if ('dataDir' in target) {
		// PGlite is one process's database: a second process writing the same files corrupts them.
		lock = await acquireDataDirLock(resolve(target.dataDir));
		dataDir = resolve(target.dataDir, 'pglite');
		mkdirSync(dataDir, { recursive: true });
	}
	let client: PGlite;
	try {
		const loadDataDir = 'memory' in target ? target.loadDataDir : undefined;
		client = await PGlite.create({ dataDir, loadDataDir, extensions: { pg_trgm } });
		// PGlite reads its pages from memory: an index lookup costs about what a sequential read does.
		await client.exec('SET random_page_cost = 1.1');
		// A commit is acknowledged only once its WAL is written to the data folder: with no WAL
		// writer in PGlite's single process, a commit left in memory is lost if the process dies
		// (decision 0015).
		await client.exec('SET synchronous_commit = on');
	} catch (error) {
		lock?.release();
		throw error;
	}
	const db = drizzlePglite(client) as unknown as Db;
	return {
		db,
		kind: 'pglite',
		ping: async () => {
			await client.query('SELECT 1');
		},
		checkpoint: async () => {
			await client.exec('CHECKPOINT');
		},
		maintain: async () => {
			await client.exec('VACUUM (ANALYZE)');
		},
		dumpDataDir: async (read) => {
			await client.exec('CHECKPOINT');
			let tar: Blob | undefined;
			// PGlite runs one transaction at a time: while this one is open, nothing else writes.
			const found = await db.transaction(async (tx) => {
				const value = await read(tx);
				tar = await client.dumpDataDir('none');
				return value;
			});
			if (!tar) throw new Error('the data folder was not copied');
			return { tar, read: found };
		},
		close: async () => {
			try {
				await client.close();
			} finally {
				lock?.release();
			}
		}
	};
}

/** Runs raw SQL and returns its rows, whichever driver answers (PGlite and postgres.js shape results differently). */
export async function queryRows<Row extends Record<string, unknown>>(
	executor: Executor,
	query: SQL
): Promise<Row[]> {
	const result = (await executor.execute(query)) as unknown as Row[] | { rows: Row[] };
	return Array.isArray(result) ? result : result.rows;
}
