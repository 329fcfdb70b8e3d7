import { describe, expect, it } from 'vitest';
import { treeOrder } from './tree-order.ts';

describe('treeOrder', () => {
	it('puts parents before their children, siblings by position, with depths', () => {
		const elements = [
			{ id: 't2', parentId: 's1', position: 2 },
			{ id: 's2', parentId: null, position: 2 },
			{ id: 't1', parentId: 's1', position: 1 },
			{ id: 's1', parentId: null, position: 1 },
			{ id: 'k1', parentId: 't1', position: 1 }
		];
		expect(treeOrder(elements).map(({ id, depth }) => `${id}:${depth}`)).toEqual([
			's1:0',
			't1:1',
			'k1:2',
			't2:1',
			's2:0'
		]);
	});

	it('keeps an element whose parent is missing, at the top', () => {
		expect(treeOrder([{ id: 'a', parentId: 'gone', position: 1 }])).toEqual([
			{ id: 'a', parentId: 'gone', position: 1, depth: 0 }
		]);
	});
});
