import { sql, type SQL } from 'drizzle-orm';
import { type Executor, queryRows } from '../db/index.ts';
import { type Actor, can, inAgencyScope } from '../platform/index.ts';
import type { SearchSource } from './documents.ts';
import type { SearchResult } from './responses.ts';
import { snippet } from './snippet.ts';
import { normalize, words } from './terms.ts';

export const maxQueryLength = 200;
/** Counting stops here: a broad query reports "1,000+" rather than counting every match. */
export const countCap = 1000;
/** How many matches of each pass are ranked; the rest of a broad query is not ranked. */
const candidates = 200;

/** Words too common to narrow an any-word query; they still count in all-words and phrase matches. */
const stopTerms = new Set([
	'การ',
	'ของ',
	'ที่',
	'และ',
	'ใน',
	'เพื่อ',
	'ความ',
	'เป็น',
	'มี',
	'ให้',
	'ได้',
	'จาก',
	'กับ',
	'โดย',
	'แก่',
	'ต่อ',
	'หรือ',
	'ซึ่ง',
	'นี้',
	'the',
	'of',
	'and',
	'for',
	'in',
	'to',
	'a',
	'an',
	'on',
	'with'
]);

interface Row extends Record<string, unknown> {
	type: string;
	record_id: string;
	title: string;
	body: string;
	url: string;
	score: number;
	matched?: number;
}

const quote = (term: string) => `'${term.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;
/** Latin words of three letters or more may also match as prefixes, so "resil" finds "resilient". */
const lexeme = (term: string) => (/^[a-z]{3,}/.test(term) ? `${quote(term)}:*` : quote(term));

export interface QueryTerms {
	all: string;
	/** All words again, Latin ones also as prefixes; null when that is no different. */
	allPrefixed: string | null;
	any: string | null;
	phrase: string | null;
	terms: string[];
}

/** The tsqueries of a query text: all words, any uncommon word, and the words in order. */
export function queryTerms(text: string): QueryTerms | null {
	const terms = [...new Set(words(text).map((word) => word.term))];
	if (!terms.length) return null;
	const ordered = words(text).map((word) => quote(word.term));
	const uncommon = terms.filter((term) => !stopTerms.has(term));
	return {
		all: terms.map(quote).join(' & '),
		allPrefixed: terms.some((term) => lexeme(term) !== quote(term))
			? terms.map(lexeme).join(' & ')
			: null,
		any: uncommon.length > 1 ? uncommon.map(lexeme).join(' | ') : null,
		phrase: ordered.length > 1 ? ordered.join(' <-> ') : null,
		terms
	};
}

function visibility(actor: Actor, sources: readonly SearchSource[], type: string | null): SQL {
	const readable = sources.filter(
		(source) => (type === null || source.type === type) && can(actor, source.readAction)
	);
	const types = readable.map((source) => source.type);
	const scoped = readable
		.filter((source) => source.agencyScope)
		.map(
			(source) =>
				sql`(d.type = ${source.type} AND ${inAgencyScope(source.agencyScope?.(actor) ?? [], sql`d.agency_ids`)})`
		);
	const agencyScoped = scoped.length ? sql.join(scoped, sql` OR `) : sql`false`;
	return sql`d.type = ANY(${`{${types.join(',') || '""'}}`}::text[])
		AND (d.agency_ids IS NULL OR ${agencyScoped})`;
}

/**
 * The best `limit` matches of a tsquery among a bounded candidate set, title matches first, with
 * how many records match (counted up to the cap, from the same index scan).
 */
function rankedMatches(
	query: string,
	phrase: string | null,
	visible: SQL,
	limit: number,
	weight: number
): SQL {
	const phraseScore = phrase
		? sql`+ CASE WHEN d.vector @@ to_tsquery('simple', ${phrase}) THEN 0.5 ELSE 0 END
			+ CASE WHEN d.title_vector @@ to_tsquery('simple', ${phrase}) THEN 1 ELSE 0 END`
		: sql``;
	return sql`WITH q AS (SELECT to_tsquery('simple', ${query}) AS q),
		matched AS MATERIALIZED (
			SELECT d.type, d.record_id FROM search_documents d, q
			WHERE d.vector @@ q.q AND ${visible} LIMIT ${countCap + 1}),
		title_hits AS (
			SELECT d.type, d.record_id FROM search_documents d, q
			WHERE d.title_vector @@ q.q AND ${visible} LIMIT ${candidates / 2}),
		found AS (
			SELECT * FROM title_hits UNION SELECT * FROM (SELECT * FROM matched LIMIT ${candidates}) b)
		SELECT d.type, d.record_id::text AS record_id, d.title, d.body, d.url,
			${weight} * (ts_rank(d.vector, q.q)
				+ CASE WHEN d.title_vector @@ q.q THEN 1 ELSE 0 END ${phraseScore}) AS score,
			(SELECT count(*)::int FROM matched) AS matched
		FROM found JOIN search_documents d USING (type, record_id), q
		ORDER BY score DESC, d.title LIMIT ${limit}`;
}

/** Titles close to the query in spelling: typos and partial words, when word matches are few. */
async function closeTitles(
	executor: Executor,
	text: string,
	visible: SQL,
	limit: number
): Promise<Row[]> {
	const key = normalize(text).trim();
	if (key.length < 3) return [];
	return queryRows<Row>(
		executor,
		sql`SELECT d.type, d.record_id::text AS record_id, d.title, d.body, d.url,
			0.1 * word_similarity(${key}, d.title_key) AS score
		FROM search_documents d WHERE ${key} <% d.title_key AND ${visible}
		ORDER BY score DESC LIMIT ${limit}`
	);
}

export interface SearchInput {
	q: string;
	type: string | null;
	limit: number;
}

/**
 * Searches what the actor may see. Word matches (all words, then any uncommon word) are ranked
 * among a bounded set of candidates; the spelling pass runs only when they are fewer than asked.
 */
export async function search(
	executor: Executor,
	actor: Actor,
	sources: readonly SearchSource[],
	input: SearchInput
): Promise<SearchResult> {
	const parsed = queryTerms(input.q);
	const visible = visibility(actor, sources, input.type);
	const { rows, total } = await executor.transaction(async (tx) => {
		// Matches come from the GIN indexes: a sequential scan would test every row's vector.
		await tx.execute(sql`SET LOCAL enable_seqscan = off`);
		await tx.execute(sql`SET LOCAL pg_trgm.word_similarity_threshold = 0.5`);
		let rows: Row[] = [];
		let total = 0;
		if (parsed) {
			rows = await queryRows<Row>(
				tx,
				rankedMatches(parsed.all, parsed.phrase, visible, input.limit, 1)
			);
			total = Number(rows[0]?.matched ?? 0);
			if (rows.length < input.limit && parsed.allPrefixed) {
				const more = await queryRows<Row>(
					tx,
					rankedMatches(parsed.allPrefixed, null, visible, input.limit, 0.8)
				);
				rows = merge(rows, more, input.limit);
				total = Math.max(total, Number(more[0]?.matched ?? 0), rows.length);
			}
			if (rows.length < input.limit && parsed.any) {
				const more = await queryRows<Row>(
					tx,
					rankedMatches(parsed.any, null, visible, input.limit, 0.5)
				);
				rows = merge(rows, more, input.limit);
				total = rows.length;
			}
		}
		if (rows.length < input.limit) {
			rows = merge(rows, await closeTitles(tx, input.q, visible, input.limit), input.limit);
			total = Math.max(total, rows.length);
		}
		return { rows, total };
	});
	const terms = new Set(parsed?.terms ?? []);
	return {
		total: Math.min(total, countCap),
		totalCapped: total > countCap,
		results: rows.map((row) => ({
			type: row.type,
			id: row.record_id,
			title: row.title,
			snippet: snippet(row.body || row.title, terms),
			url: row.url,
			score: Math.round(Number(row.score) * 1000) / 1000
		}))
	};
}

/** How many visible records of each type match every word, each count stopping at the cap. */
export async function countByType(
	executor: Executor,
	actor: Actor,
	sources: readonly SearchSource[],
	q: string
): Promise<Record<string, number>> {
	const parsed = queryTerms(q);
	if (!parsed) return {};
	const rows = await queryRows<{ type: string; n: number }>(
		executor,
		sql`SELECT type, count(*)::int AS n FROM (
			SELECT d.type FROM search_documents d
			WHERE d.vector @@ to_tsquery('simple', ${parsed.all}) AND ${visibility(actor, sources, null)}
			LIMIT ${countCap + 1}) m GROUP BY type`
	);
	return Object.fromEntries(rows.map((row) => [row.type, row.n]));
}

function merge(first: Row[], second: Row[], limit: number): Row[] {
	const seen = new Set(first.map((row) => `${row.type}:${row.record_id}`));
	return [...first, ...second.filter((row) => !seen.has(`${row.type}:${row.record_id}`))].slice(
		0,
		limit
	);
}
