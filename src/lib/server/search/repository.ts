import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/index.ts';
import type { SourceDocument } from './documents.ts';
import { searchDocuments } from './schema.ts';
import { normalize, termText } from './terms.ts';

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
