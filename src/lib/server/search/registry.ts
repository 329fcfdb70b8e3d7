import type { SearchSource } from './documents.ts';

const sources = new Map<string, SearchSource>();

/**
 * Makes kinds of record searchable. Each module declares its own sources; the application
 * registers them all once, at start (see `modules.ts`), before any write indexes.
 */
export function registerSearchSources(...added: SearchSource[]): void {
	for (const source of added) {
		const known = sources.get(source.type);
		if (known && known !== source) throw new Error(`Two search sources for ${source.type}`);
		sources.set(source.type, source);
	}
}

export function registeredSources(): SearchSource[] {
	return [...sources.values()];
}

export function registeredSource(type: string): SearchSource {
	const source = sources.get(type);
	if (!source) throw new Error(`No search source is registered for ${type}`);
	return source;
}
