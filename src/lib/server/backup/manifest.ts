import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, queryRows } from '../db/index.ts';

/** What a backup archive says about itself, as `manifest.json` at its root. */
export const manifestSchema = z.object({
	format: z.literal(1),
	createdAt: z.iso.datetime(),
	database: z.object({
		kind: z.enum(['pglite', 'postgres']),
		/** The dump inside the archive: PGlite's data folder as a tar, or pg_dump's custom format. */
		file: z.enum(['database/pglite.tar', 'database/saphan.pgdump'])
	}),
	/** The last migration applied, and how many: the schema level the dump holds. */
	migrations: z.object({ last: z.string().nullable(), count: z.number().int() }),
	/** Rows per table of the public schema, counted in the dumped state. */
	rowCounts: z.record(z.string(), z.number().int()),
	/** SHA-256 (hex) of every file in the archive but this manifest, by its path in the archive. */
	checksums: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/))
});
export type Manifest = z.infer<typeof manifestSchema>;

export const manifestName = 'manifest.json';

export function sha256File(path: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const hash = createHash('sha256');
		createReadStream(path)
			.on('data', (chunk) => hash.update(chunk))
			.on('error', reject)
			.on('end', () => resolve(hash.digest('hex')));
	});
}

/** Every file under `root`, as archive paths (`prefix/a/b`) with their checksums. */
export async function checksumTree(root: string, prefix: string): Promise<Record<string, string>> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(
		(error: NodeJS.ErrnoException) => {
			if (error.code === 'ENOENT') return [];
			throw error;
		}
	);
	const checksums: Record<string, string> = {};
	for (const entry of entries.filter((each) => each.isFile())) {
		const path = join(entry.parentPath, entry.name);
		const name = [prefix, ...relative(root, path).split(sep)].join('/');
		checksums[name] = await sha256File(path);
	}
	return checksums;
}

export async function countRows(executor: Executor): Promise<Record<string, number>> {
	const tables = await queryRows<{ name: string }>(
		executor,
		sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`
	);
	const counts: Record<string, number> = {};
	for (const { name } of tables) {
		const [row] = await queryRows<{ rows: number | string }>(
			executor,
			sql`SELECT count(*) AS rows FROM ${sql.identifier(name)}`
		);
		counts[name] = Number(row?.rows ?? 0);
	}
	return counts;
}

export async function migrationLevel(executor: Executor): Promise<Manifest['migrations']> {
	const rows = await queryRows<{ tag: string }>(
		executor,
		sql`SELECT tag FROM saphan_migrations ORDER BY tag`
	);
	return { last: rows.at(-1)?.tag ?? null, count: rows.length };
}

/** The tables whose row counts differ between two countings, with both numbers. */
export function rowCountDifferences(
	expected: Record<string, number>,
	actual: Record<string, number>
): string[] {
	const tables = new Set([...Object.keys(expected), ...Object.keys(actual)]);
	return [...tables]
		.filter((table) => expected[table] !== actual[table])
		.map(
			(table) =>
				`${table}: ${expected[table] ?? 'none'} in the archive, ${actual[table] ?? 'none'} restored`
		);
}
