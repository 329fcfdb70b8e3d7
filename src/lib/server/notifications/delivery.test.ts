import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRetryPolicy, retryDelay } from './delivery.ts';

describe('retryDelay', () => {
	it('doubles from the base after each failed attempt', () => {
		const policy = { baseMs: 1000, capMs: 60_000, maxAttempts: 10 };
		expect([1, 2, 3, 4].map((attempts) => retryDelay(attempts, policy))).toEqual([
			1000, 2000, 4000, 8000
		]);
	});

	it('never waits longer than the cap, and never less after more attempts', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10_000 }), (attempts) => {
				const delay = retryDelay(attempts, defaultRetryPolicy);
				expect(delay).toBeLessThanOrEqual(defaultRetryPolicy.capMs);
				expect(delay).toBeGreaterThanOrEqual(defaultRetryPolicy.baseMs);
				expect(retryDelay(attempts + 1, defaultRetryPolicy)).toBeGreaterThanOrEqual(delay);
			})
		);
	});
});
