import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type Executor, queryRows } from '../db/index.ts';
import { type AgencyScope, inAgencyScope } from '../platform/index.ts';
import type { SourceDocument } from './documents.ts';
import { searchDocuments } from './schema.ts';
import { normalize, termText } from './terms.ts';

/** Counting stops here: a broad query reports "1,000+" rather than counting every match. */
export const countCap = 1000;
/** How many matches of each pass are ranked; the rest of a broad query is not ranked. */
const candidates = 200;

/** Agency ids in one order, whatever order the source read them in, so a reindex sees no change. */
export const sortedIds = (ids: readonly string[] | null) => (ids ? [...ids].sort() : null);

const vectorOf = (text: string, weight: 'A' | 'B') =>
	sql`setweight(to_tsvector('simple', ${termText(text)}), ${weight})`;

const rowOf = (type: string, document: SourceDocument) => ({
	type,
	recordId: document.recordId,
	title: document.title,
	body: document.body,
	url: document.url,
	agencyIds: sortedIds(document.agencyIds),
	titleKey: normalize(document.title),
	titleVector: sql`to_tsvector('simple', ${termText(document.title)})`,
	vector: sql`${vectorOf(document.title, 'A')} || ${vectorOf(document.body, 'B')}`,
	updatedAt: sql`now()`
});

/** Writes the entries of the given documents, replacing those already there, in one statement. */
export async function upsertSearchDocuments(
	executor: Executor,
	type: string,
	documents: readonly SourceDocument[]
): Promise<void> {
	if (documents.length === 0) return;
	const replaced = (column: string) => sql.raw(`excluded.${column}`);
	await executor
		.insert(searchDocuments)
		.values(
			documents.map((document) =>
				rowOf(type, document)
			) as unknown as (typeof searchDocuments.$inferInsert)[]
		)
		.onConflictDoUpdate({
			target: [searchDocuments.type, searchDocuments.recordId],
			set: {
				title: replaced('title'),
				body: replaced('body'),
				url: replaced('url'),
				agencyIds: replaced('agency_ids'),
				titleKey: replaced('title_key'),
				titleVector: replaced('title_vector'),
				vector: replaced('vector'),
				updatedAt: replaced('updated_at')
			}
		});
}

const ofRecord = (type: string, recordId: string) =>
	and(eq(searchDocuments.type, type), eq(searchDocuments.recordId, recordId));

const ofRecords = (type: string, recordIds: string[]) =>
	and(eq(searchDocuments.type, type), inArray(searchDocuments.recordId, recordIds));

/** The title one record's entry carries, if it has one. */
export async function findIndexedTitle(
	executor: Executor,
	type: string,
	recordId: string
): Promise<{ title: string } | undefined> {
	const [stored] = await executor
		.select({ title: searchDocuments.title })
		.from(searchDocuments)
		.where(ofRecord(type, recordId));
	return stored;
}

export async function deleteSearchDocument(
	executor: Executor,
	type: string,
	recordId: string
): Promise<void> {
	await executor.delete(searchDocuments).where(ofRecord(type, recordId));
}

export async function deleteSearchDocuments(
	executor: Executor,
	type: string,
	recordIds: string[]
): Promise<void> {
	await executor.delete(searchDocuments).where(ofRecords(type, recordIds));
}

/** The ids of every record of a kind, by its id column. */
export function listRecordIds(executor: Executor, records: PgColumn) {
	return executor.select({ id: records }).from(records.table);
}

/** The record ids the index holds entries of, for one kind. */
export function listIndexedRecordIds(executor: Executor, type: string) {
	return executor
		.select({ id: searchDocuments.recordId })
		.from(searchDocuments)
		.where(eq(searchDocuments.type, type));
}

/** What the index holds of the given records of one kind, to compare with their documents. */
export function listIndexedDocuments(executor: Executor, type: string, recordIds: string[]) {
	return executor
		.select({
			recordId: searchDocuments.recordId,
			title: searchDocuments.title,
			body: searchDocuments.body,
			url: searchDocuments.url,
			agencyIds: searchDocuments.agencyIds
		})
		.from(searchDocuments)
		.where(ofRecords(type, recordIds));
}

/** A table whose rows are records with a uuid id. */
export type RecordTable = PgTable & { id: PgColumn };

/** The rows of the given ids (those that exist) of one table of records. */
export async function listRowsById<T extends RecordTable>(
	executor: Executor,
	table: T,
	ids: readonly string[]
): Promise<T['$inferSelect'][]> {
	return (await executor
		.select()
		.from(table as PgTable)
		.where(inArray(table.id, [...ids]))) as T['$inferSelect'][];
}

/** One kind the reader may read, and the agencies whose entries of it they see (null: all). */
export interface ReadableType {
	type: string;
	agencyScope: AgencyScope | null;
}

/** The condition on `d`, an entry of the index, that keeps only what the reader may see. */
export function visibleDocuments(readable: readonly ReadableType[]): SQL {
	const types = readable.map((source) => source.type);
	const scoped = readable
		.filter((source) => source.agencyScope !== null)
		.map(
			(source) =>
				sql`(d.type = ${source.type} AND ${inAgencyScope(source.agencyScope ?? [], sql`d.agency_ids`)})`
		);
	const agencyScoped = scoped.length ? sql.join(scoped, sql` OR `) : sql`false`;
	return sql`d.type = ANY(${`{${types.join(',') || '""'}}`}::text[])
		AND (d.agency_ids IS NULL OR ${agencyScoped})`;
}

export interface SearchRow extends Record<string, unknown> {
	type: string;
	record_id: string;
	title: string;
	body: string;
	url: string;
	score: number;
	matched?: number;
}

/** Makes the statements after it, in the transaction, find matches through the GIN indexes. */
export async function useSearchIndexes(executor: Executor): Promise<void> {
	// A sequential scan would test every row's vector.
	await executor.execute(sql`SET LOCAL enable_seqscan = off`);
	await executor.execute(sql`SET LOCAL pg_trgm.word_similarity_threshold = 0.5`);
}

/**
 * The best `limit` matches of a tsquery among a bounded candidate set, title matches first, with
 * how many records match (counted up to the cap, from the same index scan).
 */
export function rankedMatches(
	executor: Executor,
	query: string,
	phrase: string | null,
	visible: SQL,
	limit: number,
	weight: number
): Promise<SearchRow[]> {
	const phraseScore = phrase
		? sql`+ CASE WHEN d.vector @@ to_tsquery('simple', ${phrase}) THEN 0.5 ELSE 0 END
			+ CASE WHEN d.title_vector @@ to_tsquery('simple', ${phrase}) THEN 1 ELSE 0 END`
		: sql``;
	return queryRows<SearchRow>(
		executor,
		sql`WITH q AS (SELECT to_tsquery('simple', ${query}) AS q),
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
		ORDER BY score DESC, d.title LIMIT ${limit}`
	);
}

/** Entries whose title is close to `key` (a normalized query) in spelling, closest first. */
export function closeTitleMatches(
	executor: Executor,
	key: string,
	visible: SQL,
	limit: number
): Promise<SearchRow[]> {
	return queryRows<SearchRow>(
		executor,
		sql`SELECT d.type, d.record_id::text AS record_id, d.title, d.body, d.url,
			0.1 * word_similarity(${key}, d.title_key) AS score
		FROM search_documents d WHERE ${key} <% d.title_key AND ${visible}
		ORDER BY score DESC LIMIT ${limit}`
	);
}

/** How many visible entries of each type match a tsquery, each count stopping at the cap. */
export function countMatchesByType(
	executor: Executor,
	query: string,
	visible: SQL
): Promise<{ type: string; n: number }[]> {
	return queryRows<{ type: string; n: number }>(
		executor,
		sql`SELECT type, count(*)::int AS n FROM (
			SELECT d.type FROM search_documents d
			WHERE d.vector @@ to_tsquery('simple', ${query}) AND ${visible}
			LIMIT ${countCap + 1}) m GROUP BY type`
	);
}
