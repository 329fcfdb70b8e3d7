// Measures search quality on the built-in data: recall@10 and MRR over the evaluation set for
// Saphan's search and, on the same indexed records, for PostgreSQL's default parser
// (to_tsvector('simple', raw text)) and for plain ILIKE. Uses a throw-away in-memory database.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadBuiltinData } from '../src/lib/server/builtin-data.ts';
import { openDatabase, queryRows } from '../src/lib/server/db/client.ts';
import { migrate } from '../src/lib/server/db/migrate.ts';
import { systemActor } from '../src/lib/server/platform/actor.ts';
import { meanReciprocalRank, recallAt, type Judged } from '../src/lib/server/search/metrics.ts';
import { search } from '../src/lib/server/search/query.ts';
import { searchSources } from '../src/lib/server/modules.ts';

const evaluationSet = z
	.array(
		z.object({
			q: z.string().min(1),
			kind: z.string(),
			expect: z.array(z.object({ type: z.string(), title: z.string() })).min(1)
		})
	)
	.min(40)
	.parse(parse(readFileSync('tests/search/evaluation-set.yaml', 'utf8')));

const database = await openDatabase({ memory: true });
await migrate(database.db);
await loadBuiltinData(database);
const db = database.db;
type Row = { key: string };
const key = (type: string, id: string) => `${type}:${id}`;

/** Saphan's search, as an officer who may see everything. */
const saphan = async (q: string) =>
	(await search(db, systemActor, searchSources, { q, type: null, limit: 10 })).results.map((r) =>
		key(r.type, r.id)
	);
const simpleParser = async (q: string) =>
	(
		await queryRows<Row>(
			db,
			sql`SELECT type || ':' || record_id AS key FROM search_documents
				WHERE to_tsvector('simple', title || ' ' || body) @@ plainto_tsquery('simple', ${q})
				ORDER BY ts_rank(to_tsvector('simple', title || ' ' || body), plainto_tsquery('simple', ${q})) DESC
				LIMIT 10`
		)
	).map((row) => row.key);
const ilike = async (q: string) =>
	(
		await queryRows<Row>(
			db,
			sql`SELECT type || ':' || record_id AS key FROM search_documents
				WHERE title ILIKE ${`%${q}%`} OR body ILIKE ${`%${q}%`}
				ORDER BY (title ILIKE ${`%${q}%`}) DESC, title LIMIT 10`
		)
	).map((row) => row.key);

const relevantSets = await Promise.all(
	evaluationSet.map(async (query) => {
		const keys = new Set<string>();
		for (const expected of query.expect) {
			const rows = await queryRows<Row>(
				db,
				sql`SELECT type || ':' || record_id AS key FROM search_documents
					WHERE type = ${expected.type} AND strpos(title, ${expected.title}) > 0`
			);
			if (rows.length !== 1) {
				throw new Error(
					`"${query.q}": ${expected.type} titled …${expected.title}… names ${rows.length} records, not 1`
				);
			}
			keys.add(rows[0]!.key);
		}
		return keys;
	})
);

const engines = { saphan, 'simple parser': simpleParser, ilike };
const lines: string[] = [];
const failures: string[] = [];
for (const [name, run] of Object.entries(engines)) {
	const judged: Judged[] = [];
	for (const [index, query] of evaluationSet.entries()) {
		const ranked = await run(query.q);
		const relevant = relevantSets[index]!;
		judged.push({ ranked, relevant });
		if (name === 'saphan' && recallAt(10, [{ ranked, relevant }]) < 1) failures.push(query.q);
	}
	lines.push(
		`${name.padEnd(14)} recall@10 ${recallAt(10, judged).toFixed(3)}   MRR ${meanReciprocalRank(judged).toFixed(3)}`
	);
}
await database.close();
console.log(`${evaluationSet.length} queries (tests/search/evaluation-set.yaml)`);
for (const line of lines) console.log(line);
if (failures.length) console.log(`Saphan missed something for: ${failures.join(' | ')}`);
