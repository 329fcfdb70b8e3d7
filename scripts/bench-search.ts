// Measures search latency on 100,000 indexed records in an embedded (PGlite) database:
// `node scripts/bench-search.ts [records] [rounds]`. Records are made from the built-in data's own
// sentences, Thai and English, so words repeat as they do in real text. The folder is kept in the
// system's temporary folder and reused when it already holds the records.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { loadBuiltinData } from '../src/lib/server/builtin-data.ts';
import { openDatabase, queryRows } from '../src/lib/server/db/client.ts';
import { migrate } from '../src/lib/server/db/migrate.ts';
import { systemActor, type Actor } from '../src/lib/server/platform/actor.ts';
import { search } from '../src/lib/server/search/query.ts';
import { normalize, termText } from '../src/lib/server/search/terms.ts';
import { searchSources, searchTypes } from '../src/lib/server/modules.ts';

const target = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 20);
const folder = join(tmpdir(), `saphan-bench-search-${target}`);
const fresh = !existsSync(folder);
const database = await openDatabase({ dataDir: folder });
const db = database.db;
await migrate(db);
await loadBuiltinData(database);

const count = async () =>
	(await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM search_documents`))[0]!.n;

let seeded = Math.random;
/** A fixed sequence, so every run makes the same records. */
function seedRandom(seed: number) {
	let state = seed;
	seeded = () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
}

async function generate(missing: number) {
	seedRandom(42);
	const source = await queryRows<{ title: string; body: string }>(
		db,
		sql`SELECT title, body FROM search_documents`
	);
	const sentences = source
		.flatMap((doc) => [doc.title, ...doc.body.split(/\n|(?<=[.!?])\s+|\s{2,}/)])
		.map((text) => text.trim())
		.filter((text) => text.length > 10);
	const pick = () => sentences[Math.floor(seeded() * sentences.length)]!;
	console.log(`making ${missing} records from ${sentences.length} sentences…`);
	await db.execute(sql`DROP INDEX IF EXISTS search_documents_vector_idx`);
	await db.execute(sql`DROP INDEX IF EXISTS search_documents_title_vector_idx`);
	await db.execute(sql`DROP INDEX IF EXISTS search_documents_title_key_trgm_idx`);
	const batch = 1000;
	for (let done = 0; done < missing; done += batch) {
		const rows = Array.from({ length: Math.min(batch, missing - done) }, (_, i) => {
			const title = pick().slice(0, 120);
			const body = Array.from({ length: 2 + Math.floor(seeded() * 4) }, pick).join('\n');
			return {
				type: searchTypes[(done + i) % searchTypes.length],
				id: randomUUID(),
				title,
				body,
				title_key: normalize(title),
				title_terms: termText(title),
				body_terms: termText(body)
			};
		});
		await db.execute(sql`INSERT INTO search_documents
			(type, record_id, title, body, url, title_key, title_vector, vector)
			SELECT r.type, r.id::uuid, r.title, r.body, '/bench/' || r.id, r.title_key,
				to_tsvector('simple', r.title_terms),
				setweight(to_tsvector('simple', r.title_terms), 'A') ||
				setweight(to_tsvector('simple', r.body_terms), 'B')
			FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
				type text, id text, title text, body text, title_key text, title_terms text, body_terms text)`);
		if ((done + batch) % 10_000 === 0) console.log(`  ${done + batch}`);
	}
	console.log('building indexes…');
	await db.execute(
		sql`CREATE INDEX search_documents_vector_idx ON search_documents USING gin (vector)`
	);
	await db.execute(
		sql`CREATE INDEX search_documents_title_vector_idx ON search_documents USING gin (title_vector)`
	);
	await db.execute(
		sql`CREATE INDEX search_documents_title_key_trgm_idx ON search_documents USING gin (title_key gin_trgm_ops)`
	);
	await db.execute(sql`ANALYZE search_documents`);
	await database.checkpoint();
}

const before = await count();
if (before < target) await generate(target - before);
const indexed = await count();

/** Broad and narrow, Thai and English, digits, a partial word and typos. */
const queries = [
	{ q: 'เมือง', kind: 'broad Thai' },
	{ q: 'การพัฒนาเมือง', kind: 'broad Thai' },
	{ q: 'เศรษฐกิจ', kind: 'broad Thai' },
	{ q: 'คนไร้บ้าน', kind: 'narrow Thai' },
	{ q: 'ยานยนต์ไฟฟ้า', kind: 'narrow Thai' },
	{ q: 'เมือง ๑๕ นาที', kind: 'Thai digits' },
	{ q: 'กท ๐๔๑๐/๒๕๖', kind: 'document number' },
	{ q: 'city', kind: 'broad English' },
	{ q: 'economic recovery', kind: 'broad English' },
	{ q: 'Digital Main Street', kind: 'narrow English' },
	{ q: 'Yokohama partnerships', kind: 'narrow English' },
	{ q: 'resil', kind: 'partial' },
	{ q: 'Melborne', kind: 'typo' },
	{ q: 'Bristl', kind: 'typo' },
	{ q: 'ไม่มีคำนี้ในข้อมูลเลย', kind: 'no match' }
];
const viewer: Actor = { ...systemActor, id: null, username: 'viewer', roles: ['viewer'] };
const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const all: number[] = [];
const allCpu: number[] = [];
console.log(
	`${indexed} indexed records (${fresh ? 'made now' : 'reused'}), ${rounds} rounds a query, limit 20`
);
for (const { q, kind } of queries) {
	const times: number[] = [];
	const cpu: number[] = [];
	let total = 0;
	await search(db, viewer, searchSources, { q, type: null, limit: 20 });
	for (let round = 0; round < rounds; round++) {
		const start = performance.now();
		const cpuStart = process.cpuUsage();
		const result = await search(db, viewer, searchSources, { q, type: null, limit: 20 });
		times.push(performance.now() - start);
		const used = process.cpuUsage(cpuStart);
		cpu.push((used.user + used.system) / 1000);
		total = result.total;
	}
	all.push(...times);
	allCpu.push(...cpu);
	console.log(
		`${kind.padEnd(16)} ${q.padEnd(24)} total ${String(total).padStart(5)}  p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms  (CPU p95 ${percentile(cpu, 95).toFixed(1).padStart(6)} ms)`
	);
}
console.log(
	`all queries: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms`
);
await database.close();
