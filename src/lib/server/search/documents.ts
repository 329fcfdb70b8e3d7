import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import type { Action } from '../platform/policy.ts';
import { searchDocuments } from './schema.ts';
import { normalize, termText } from './terms.ts';

/** What a source says about one of its records for the index. */
export interface SourceDocument {
	recordId: string;
	title: string;
	body: string;
	url: string;
	/** Null when everyone who may read the type may see it; else only these agencies and the IAO. */
	agencyIds: string[] | null;
}

/** A kind of record the search covers: how to read its documents and who may read them. */
export interface SearchSource {
	type: string;
	readAction: Action;
	/** The documents of the given records, or of every record when `ids` is null. */
	documents(executor: Executor, ids: readonly string[] | null): Promise<SourceDocument[]>;
}

const vectorOf = (text: string, weight: 'A' | 'B') =>
	sql`setweight(to_tsvector('simple', ${termText(text)}), ${weight})`;

async function upsert(executor: Executor, type: string, document: SourceDocument): Promise<void> {
	const values = {
		type,
		recordId: document.recordId,
		title: document.title,
		body: document.body,
		url: document.url,
		agencyIds: document.agencyIds,
		titleKey: normalize(document.title),
		titleVector: sql`to_tsvector('simple', ${termText(document.title)})`,
		vector: sql`${vectorOf(document.title, 'A')} || ${vectorOf(document.body, 'B')}`,
		updatedAt: sql`now()`
	};
	const { type: _t, recordId: _r, ...changes } = values;
	await executor
		.insert(searchDocuments)
		.values(values as unknown as typeof searchDocuments.$inferInsert)
		.onConflictDoUpdate({
			target: [searchDocuments.type, searchDocuments.recordId],
			set: changes as unknown as Partial<typeof searchDocuments.$inferInsert>
		});
}

export function sourceOf(sources: readonly SearchSource[], type: string): SearchSource {
	const source = sources.find((candidate) => candidate.type === type);
	if (!source) throw new Error(`No search source for ${type}`);
	return source;
}

/**
 * Writes (or removes) the index entry of one record. Call it in the transaction that writes the
 * record, so the index never disagrees with what was saved.
 */
export async function indexRecord(
	executor: Executor,
	source: SearchSource,
	recordId: string
): Promise<void> {
	const [document] = await source.documents(executor, [recordId]);
	if (document) await upsert(executor, source.type, document);
	else
		await executor
			.delete(searchDocuments)
			.where(and(eq(searchDocuments.type, source.type), eq(searchDocuments.recordId, recordId)));
}

const sameDocument = (
	stored: { title: string; body: string; url: string; agencyIds: string[] | null },
	document: SourceDocument
) =>
	stored.title === document.title &&
	stored.body === document.body &&
	stored.url === document.url &&
	JSON.stringify(stored.agencyIds ?? null) === JSON.stringify(document.agencyIds);

/**
 * Brings the whole index in line with the records: writes what changed, removes what is gone.
 * Returns how many entries it wrote or removed; run again, it writes nothing.
 */
export async function reindex(
	executor: Executor,
	sources: readonly SearchSource[]
): Promise<number> {
	let changed = 0;
	for (const source of sources) {
		const documents = await source.documents(executor, null);
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
					.where(eq(searchDocuments.type, source.type))
			).map((row) => [row.recordId, row])
		);
		for (const document of documents) {
			const before = stored.get(document.recordId);
			if (before && sameDocument(before, document)) continue;
			await upsert(executor, source.type, document);
			changed += 1;
		}
		// Documents whose record is gone, found among those read above: a list of every kept id
		// would overflow the query builder's stack and PostgreSQL's 65,535 parameters.
		const kept = new Set(documents.map((document) => document.recordId));
		const gone = [...stored.keys()].filter((recordId) => !kept.has(recordId));
		for (let start = 0; start < gone.length; start += 1000) {
			await executor
				.delete(searchDocuments)
				.where(
					and(
						eq(searchDocuments.type, source.type),
						inArray(searchDocuments.recordId, gone.slice(start, start + 1000))
					)
				);
		}
		changed += gone.length;
	}
	return changed;
}
