/** Puts a plan's elements in reading order, parents before their children, with each one's depth. */
export function treeOrder<T extends { id: string; parentId: string | null; position: number }>(
	elements: readonly T[]
): (T & { depth: number })[] {
	const ids = new Set(elements.map((element) => element.id));
	const children = new Map<string | null, T[]>();
	for (const element of elements) {
		const parent = element.parentId && ids.has(element.parentId) ? element.parentId : null;
		children.set(parent, [...(children.get(parent) ?? []), element]);
	}
	const ordered: (T & { depth: number })[] = [];
	const visit = (parent: string | null, depth: number) => {
		const siblings = [...(children.get(parent) ?? [])].sort((a, b) => a.position - b.position);
		for (const element of siblings) {
			ordered.push({ ...element, depth });
			visit(element.id, depth + 1);
		}
	};
	visit(null, 0);
	return ordered;
}
