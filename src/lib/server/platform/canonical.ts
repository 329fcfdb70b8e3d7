/** JSON with object keys in order: jsonb does not keep the order keys were written in. */
export function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, item: unknown) =>
		item && typeof item === 'object' && !Array.isArray(item)
			? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
			: item
	);
}

/** Whether two values hold the same data, as stored records compare with their source. */
export const sameData = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** A sort comparator by a text key: for comparing sets of rows whose stored order is not kept. */
export const byKey =
	<T>(key: (item: T) => string) =>
	(a: T, b: T) =>
		key(a).localeCompare(key(b));

/** A stored row's values of the fields a source gives, in the source's shape: what they compare. */
export const fieldsOf = <Values extends Record<string, unknown>>(
	values: Values,
	row: Record<string, unknown>
) => Object.fromEntries(Object.keys(values).map((key) => [key, row[key]])) as Values;
