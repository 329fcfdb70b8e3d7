import { describe, expect, it } from 'vitest';
import { share, tallyStatuses } from './shares.ts';

describe('shares', () => {
	it('is a fraction of the whole, and nothing of nothing', () => {
		expect(share(3, 12)).toBe(0.25);
		expect(share(0, 0)).toBe(0);
	});

	it('counts each KPI once under its status', () => {
		expect(tallyStatuses(['met', 'met', 'pending', 'not_reported'])).toEqual({
			met: 2,
			not_met: 0,
			pending: 1,
			not_reported: 1
		});
	});
});
