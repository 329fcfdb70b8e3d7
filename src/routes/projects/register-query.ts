import type { ProjectFilter } from '#lib/server/projects/index.ts';

/** The register's query parameters, as the filter form and the column and page links send them. */
export const registerFields = [
	'fiscalYear',
	'agency',
	'status',
	/** A plan element: projects aligned to it or under it, as the executive view links them. */
	'element',
	'q',
	'sort',
	'direction',
	'page'
] as const;
export type RegisterField = (typeof registerFields)[number];
export type RegisterValues = Record<RegisterField, string>;

/** The fields the filter form shows: an error on any other is about the address itself. */
export const formFields = ['fiscalYear', 'agency', 'status', 'q'] as const;

export type Sort = ProjectFilter['sort'];
type Direction = ProjectFilter['direction'];

/** The register's page size: fixed, whatever the address asks. */
export const registerPageSize = 50;

/**
 * Reads the register's address as typed: `values` keep what was asked (the form shows it back),
 * `input` holds only the values given, ready for the filter schema.
 */
export function readRegisterQuery(params: URLSearchParams): {
	values: RegisterValues;
	input: Partial<RegisterValues>;
} {
	const values = Object.fromEntries(
		registerFields.map((field) => [field, params.get(field) ?? ''])
	) as RegisterValues;
	const input: Partial<RegisterValues> = {};
	for (const field of registerFields) {
		if (values[field].trim()) input[field] = values[field];
	}
	return { values, input };
}

/** The input without the fields that failed, so that the rest still applies. */
export function withoutFields(
	input: Partial<RegisterValues>,
	failed: readonly string[]
): Partial<RegisterValues> {
	return Object.fromEntries(
		Object.entries(input).filter(([field]) => !failed.includes(field))
	) as Partial<RegisterValues>;
}

/** A link to the register with some parameters changed (`null` removes one), the rest kept. */
export function registerLink(
	params: URLSearchParams,
	changes: Partial<Record<RegisterField, string | null>>
): string {
	const next = new URLSearchParams();
	for (const field of registerFields) {
		const changed = changes[field];
		const value = changed === undefined ? params.get(field) : changed;
		if (value) next.set(field, value);
	}
	const query = next.toString();
	return query ? `?${query}` : '?';
}

/** Columns whose first click sorts largest or latest first. */
const descendingFirst: readonly Sort[] = ['fiscalYear', 'budget'];

/**
 * The link a column heading sorts by: the sorted column turns its order round, another column
 * starts in its natural order. The filters stay; the page goes back to the first.
 */
export function sortLink(
	params: URLSearchParams,
	column: Sort,
	current: { sort: Sort; direction: Direction }
): string {
	const direction: Direction =
		current.sort === column
			? current.direction === 'asc'
				? 'desc'
				: 'asc'
			: descendingFirst.includes(column)
				? 'desc'
				: 'asc';
	return registerLink(params, { sort: column, direction, page: null });
}

/** The page count for a total: one page even when there is nothing. */
export function pageCount(total: number, pageSize: number): number {
	return Math.max(1, Math.ceil(total / pageSize));
}
