import type { SQL } from 'drizzle-orm';
import type { Executor } from '../db/index.ts';
import { type Actor, can } from '../platform/index.ts';
import type { SearchSource } from './documents.ts';
import {
	type SearchRow,
	closeTitleMatches,
	countCap,
	countMatchesByType,
	rankedMatches,
	useSearchIndexes,
	visibleDocuments
} from './repository.ts';
import type { SearchResult } from './responses.ts';
import { snippet } from './snippet.ts';
import { normalize, words } from './terms.ts';

export const maxQueryLength = 200;

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
	return visibleDocuments(
		sources
			.filter((source) => (type === null || source.type === type) && can(actor, source.readAction))
			.map((source) => ({ type: source.type, agencyScope: source.agencyScope?.(actor) ?? null }))
	);
}

/** Titles close to the query in spelling: typos and partial words, when word matches are few. */
async function closeTitles(
	executor: Executor,
	text: string,
	visible: SQL,
	limit: number
): Promise<SearchRow[]> {
	const key = normalize(text).trim();
	if (key.length < 3) return [];
	return closeTitleMatches(executor, key, visible, limit);
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
		await useSearchIndexes(tx);
		let rows: SearchRow[] = [];
		let total = 0;
		if (parsed) {
			rows = await rankedMatches(tx, parsed.all, parsed.phrase, visible, input.limit, 1);
			total = Number(rows[0]?.matched ?? 0);
			if (rows.length < input.limit && parsed.allPrefixed) {
				const more = await rankedMatches(tx, parsed.allPrefixed, null, visible, input.limit, 0.8);
				rows = merge(rows, more, input.limit);
				total = Math.max(total, Number(more[0]?.matched ?? 0), rows.length);
			}
			if (rows.length < input.limit && parsed.any) {
				const more = await rankedMatches(tx, parsed.any, null, visible, input.limit, 0.5);
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
	const rows = await countMatchesByType(executor, parsed.all, visibility(actor, sources, null));
	return Object.fromEntries(rows.map((row) => [row.type, row.n]));
}

function merge(first: SearchRow[], second: SearchRow[], limit: number): SearchRow[] {
	const seen = new Set(first.map((row) => `${row.type}:${row.record_id}`));
	return [...first, ...second.filter((row) => !seen.has(`${row.type}:${row.record_id}`))].slice(
		0,
		limit
	);
}
