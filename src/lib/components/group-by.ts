/** Groups items by a key, the groups in the order their first items come. */
export function groupBy<T>(
	items: readonly T[],
	keyOf: (item: T) => string
): { key: string; first: T; items: T[] }[] {
	const groups = new Map<string, { key: string; first: T; items: T[] }>();
	for (const item of items) {
		const key = keyOf(item);
		const group = groups.get(key);
		if (group) group.items.push(item);
		else groups.set(key, { key, first: item, items: [item] });
	}
	return [...groups.values()];
}
