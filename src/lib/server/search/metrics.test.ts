import { describe, expect, it } from 'vitest';
import { meanReciprocalRank, recallAt } from './metrics.ts';

describe('search metrics', () => {
	const judged = [
		{ ranked: ['a', 'b', 'c'], relevant: new Set(['b', 'z']) },
		{ ranked: ['x'], relevant: new Set(['x']) },
		{ ranked: ['p', 'q'], relevant: new Set(['r']) }
	];

	it('averages each query’s recall in the first k', () => {
		expect(recallAt(10, judged)).toBeCloseTo((0.5 + 1 + 0) / 3);
		expect(recallAt(1, judged)).toBeCloseTo((0 + 1 + 0) / 3);
	});

	it('averages the reciprocal rank of the first relevant result', () => {
		expect(meanReciprocalRank(judged)).toBeCloseTo((1 / 2 + 1 + 0) / 3);
	});
});
