import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/index.ts';
import type { Action, Actor, AgencyScope } from '../platform/index.ts';
import { searchDocuments } from './schema.ts';
import { registeredSource, registeredSources } from './registry.ts';
import { normalize, termText } from './terms.ts';

/** What a source says about one of its records for the index. */
export interface SourceDocument {
	recordId: string;
	title: string;
	body: string;
	url: string;
	/** Null when everyone who may read the type may see it; else as the source's `agencyScope` says. */
	agencyIds: string[] | null;
}

/** A kind of record the search covers: how to read its documents and who may read them. */
export interface SearchSource {
	type: string;
	readAction: Action;
	/** Who reads the documents that carry agency ids: the policy's scope for the kind; nobody when absent. */
	agencyScope?: (actor: Actor) => AgencyScope;
	/** The id column of the records: every record of the kind has a document. */
	records: PgColumn;
	/** The documents of the given records (those that exist). */
	documents(executor: Executor, ids: readonly string[]): Promise<SourceDocument[]>;
	/**
	 * The kinds of record whose text these documents carry (a project's entry names its
	 * partners): given records of that kind, which of this source's records mention them. When
	 * such a record's own entry changes, the entries mentioning it are written again.
	 */
	mentions?: Readonly<
		Record<string, (executor: Executor, ids: readonly string[]) => Promise<string[]>>
	>;
}

/** Agency ids in one order, whatever order the source read them in, so a reindex sees no change. */
const sortedIds = (ids: readonly string[] | null) => (ids ? [...ids].sort() : null);

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
async function upsert(
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

/**
 * Writes (or removes) the index entry of one record, and when its title changed, the entries of
 * the records that mention it. Call it in the transaction that writes the record, so the index
 * never disagrees with what was saved.
 */
export async function indexDocument(
	executor: Executor,
	type: string,
	recordId: string
): Promise<void> {
	const source = registeredSource(type);
	const [document] = await source.documents(executor, [recordId]);
	const [stored] = await executor
		.select({ title: searchDocuments.title })
		.from(searchDocuments)
		.where(and(eq(searchDocuments.type, type), eq(searchDocuments.recordId, recordId)));
	if (document) await upsert(executor, type, [document]);
	else
		await executor
			.delete(searchDocuments)
			.where(and(eq(searchDocuments.type, type), eq(searchDocuments.recordId, recordId)));
	if (stored && document && stored.title === document.title) return;
	for (const mentioning of registeredSources()) {
		const mentioned = mentioning.mentions?.[type];
		if (!mentioned) continue;
		for (const id of await mentioned(executor, [recordId]))
			await indexDocument(executor, mentioning.type, id);
	}
}

const sameDocument = (
	stored: { title: string; body: string; url: string; agencyIds: string[] | null },
	document: SourceDocument
) =>
	stored.title === document.title &&
	stored.body === document.body &&
	stored.url === document.url &&
	JSON.stringify(sortedIds(stored.agencyIds)) === JSON.stringify(sortedIds(document.agencyIds));

/** Records read and compared at a time: few enough for one statement's parameters. */
const batchSize = 500;

/**
 * Brings the whole index in line with the records: writes what changed, removes what is gone,
 * a batch of records at a time. Returns how many entries it wrote or removed; run again, it
 * writes nothing.
 */
export async function reindex(
	executor: Executor,
	sources: readonly SearchSource[]
): Promise<number> {
	let changed = 0;
	for (const source of sources) {
		const recordIds = await executor.select({ id: source.records }).from(source.records.table);
		const storedIds = await executor
			.select({ id: searchDocuments.recordId })
			.from(searchDocuments)
			.where(eq(searchDocuments.type, source.type));
		const ids = [...new Set([...recordIds, ...storedIds].map((row) => String(row.id)))].sort();
		for (let start = 0; start < ids.length; start += batchSize) {
			changed += await reindexBatch(executor, source, ids.slice(start, start + batchSize));
		}
	}
	return changed;
}

async function reindexBatch(
	executor: Executor,
	source: SearchSource,
	ids: string[]
): Promise<number> {
	const documents = await source.documents(executor, ids);
	const stored = new Map(
		(
			await executor
				.select({
					recordId: searchDocuments.recordId,
					title: searchDocuments.title,
					body: searchDocuments.body,
					url: searchDocuments.url,
					agencyIds: searchDocuments.agencyIds
				})
				.from(searchDocuments)
				.where(and(eq(searchDocuments.type, source.type), inArray(searchDocuments.recordId, ids)))
		).map((row) => [row.recordId, row])
	);
	const outdated = documents.filter((document) => {
		const before = stored.get(document.recordId);
		return !before || !sameDocument(before, document);
	});
	await upsert(executor, source.type, outdated);
	const kept = new Set(documents.map((document) => document.recordId));
	const gone = [...stored.keys()].filter((recordId) => !kept.has(recordId));
	if (gone.length > 0)
		await executor
			.delete(searchDocuments)
			.where(and(eq(searchDocuments.type, source.type), inArray(searchDocuments.recordId, gone)));
	return outdated.length + gone.length;
}

/** A table whose rows are records with a uuid id. */
type RecordTable = PgTable & { id: PgColumn };

/**
 * A source whose every document comes from one row of one table, readable by everyone who may
 * read the kind: the common case.
 */
export function rowSource<T extends RecordTable>(source: {
	type: string;
	readAction: Action;
	table: T;
	document(row: T['$inferSelect']): Omit<SourceDocument, 'recordId' | 'agencyIds'>;
}): SearchSource {
	return {
		type: source.type,
		readAction: source.readAction,
		records: source.table.id,
		async documents(executor, ids) {
			const rows = (await executor
				.select()
				.from(source.table as PgTable)
				.where(inArray(source.table.id, [...ids]))) as T['$inferSelect'][];
			return rows.map((row) => ({
				...source.document(row),
				recordId: (row as { id: string }).id,
				agencyIds: null
			}));
		}
	};
}
