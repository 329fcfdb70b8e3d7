import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/index.ts';
import type { Action, Actor, AgencyScope } from '../platform/index.ts';
import { registeredSource, registeredSources } from './registry.ts';
import {
	type RecordTable,
	deleteSearchDocument,
	deleteSearchDocuments,
	findIndexedTitle,
	listIndexedDocuments,
	listIndexedRecordIds,
	listRecordIds,
	listRowsById,
	sortedIds,
	upsertSearchDocuments
} from './repository.ts';

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
	const stored = await findIndexedTitle(executor, type, recordId);
	if (document) await upsertSearchDocuments(executor, type, [document]);
	else await deleteSearchDocument(executor, type, recordId);
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
		const recordIds = await listRecordIds(executor, source.records);
		const storedIds = await listIndexedRecordIds(executor, source.type);
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
		(await listIndexedDocuments(executor, source.type, ids)).map((row) => [row.recordId, row])
	);
	const outdated = documents.filter((document) => {
		const before = stored.get(document.recordId);
		return !before || !sameDocument(before, document);
	});
	await upsertSearchDocuments(executor, source.type, outdated);
	const kept = new Set(documents.map((document) => document.recordId));
	const gone = [...stored.keys()].filter((recordId) => !kept.has(recordId));
	if (gone.length > 0) await deleteSearchDocuments(executor, source.type, gone);
	return outdated.length + gone.length;
}

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
			const rows = await listRowsById(executor, source.table, ids);
			return rows.map((row) => ({
				...source.document(row),
				recordId: (row as { id: string }).id,
				agencyIds: null
			}));
		}
	};
}
