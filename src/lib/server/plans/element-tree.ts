import type { ElementNode } from './repository.ts';

/** The element of a plan's tree with this id, wherever it sits. */
export function findNode(tree: readonly ElementNode[], elementId: string): ElementNode | null {
	for (const node of tree) {
		if (node.id === elementId) return node;
		const found = findNode(node.children, elementId);
		if (found) return found;
	}
	return null;
}

/** The ids of the KPIs of an element and of every element under it. */
export function kpiIdsUnder(node: ElementNode): string[] {
	return [...node.kpis.map((kpi) => kpi.id), ...node.children.flatMap(kpiIdsUnder)];
}
