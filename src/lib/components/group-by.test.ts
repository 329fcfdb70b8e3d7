import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by.ts';

describe('groupBy', () => {
	it('groups by key, groups in the order their first items come', () => {
		const items = [
			{ plan: 'B', code: '1' },
			{ plan: 'A', code: '2' },
			{ plan: 'B', code: '3' }
		];
		expect(groupBy(items, (item) => item.plan)).toEqual([
			{ key: 'B', first: items[0], items: [items[0], items[2]] },
			{ key: 'A', first: items[1], items: [items[1]] }
		]);
	});

	it('is empty for no items', () => {
		expect(groupBy([], String)).toEqual([]);
	});
});
