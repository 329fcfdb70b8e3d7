import { describe, expect, it } from 'vitest';
import { findNode, kpiIdsUnder } from './element-tree.ts';
import type { ElementNode } from './repository.ts';

const node = (id: string, kpis: string[], children: ElementNode[] = []) =>
	({ id, kpis: kpis.map((kpiId) => ({ id: kpiId })), children }) as unknown as ElementNode;

describe('element tree', () => {
	const tree = [node('s1', [], [node('t1', ['k1', 'k2']), node('t2', ['k3'])]), node('s2', ['k4'])];

	it('finds an element at any depth', () => {
		expect(findNode(tree, 't2')?.id).toBe('t2');
		expect(findNode(tree, 'none')).toBeNull();
	});

	it('gathers the KPIs of an element and of those under it', () => {
		expect(kpiIdsUnder(tree[0]!)).toEqual(['k1', 'k2', 'k3']);
		expect(kpiIdsUnder(tree[1]!)).toEqual(['k4']);
	});
});
