import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from './client.ts';

interface Journal {
	entries: { idx: number; tag: string }[];
}

export interface Migration {
	tag: string;
	hash: string;
	statements: string[];
}

export const migrationsFolder = resolve('drizzle');

export function readMigrations(folder = migrationsFolder): Migration[] {
	const journal = JSON.parse(
		readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')
	) as Journal;
	return [...journal.entries]
		.sort((a, b) => a.idx - b.idx)
		.map(({ tag }) => {
			const text = readFileSync(join(folder, `${tag}.sql`), 'utf8');
			return {
				tag,
				hash: createHash('sha256').update(text).digest('hex'),
				statements: text
					.split('--> statement-breakpoint')
					.map((statement) => statement.trim())
					.filter(Boolean)
			};
		});
}

/**
 * Applies the migrations drizzle-kit generated, each in its own transaction. Our own runner
 * rather than drizzle-kit's, so the same code migrates PGlite (where extensions are loaded by
 * the embedding process) and a PostgreSQL server.
 */
export async function migrate(db: Db, migrations = readMigrations()): Promise<string[]> {
	await db.execute(sql`CREATE TABLE IF NOT EXISTS saphan_migrations (
		tag text PRIMARY KEY,
		hash text NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now()
	)`);
	const rows = await queryRows<{ tag: string; hash: string }>(
		db,
		sql`SELECT tag, hash FROM saphan_migrations`
	);
	const applied = new Map(rows.map((row) => [row.tag, row.hash]));
	const done: string[] = [];
	for (const migration of migrations) {
		const hash = applied.get(migration.tag);
		if (hash !== undefined) {
			if (hash !== migration.hash) {
				throw new Error(`Migration ${migration.tag} was changed after it was applied`);
			}
			continue;
		}
		await db.transaction(async (tx) => {
			for (const statement of migration.statements) await tx.execute(sql.raw(statement));
			await tx.execute(
				sql`INSERT INTO saphan_migrations (tag, hash) VALUES (${migration.tag}, ${migration.hash})`
			);
		});
		done.push(migration.tag);
	}
	return done;
}
