import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodOf } from './periods.ts';

describe('periodOf', () => {
	it('keys hours and days in Asia/Bangkok', () => {
		// 17:30 UTC on 7 December is 00:30 on 8 December in Bangkok.
		const at = new Date('2026-12-07T17:30:00Z');
		expect(periodOf('hour', at)).toBe('2026-12-08T00');
		expect(periodOf('day', at)).toBe('2026-12-08');
		expect(periodOf('day', new Date('2026-12-07T16:59:59Z'))).toBe('2026-12-07');
	});

	it('keys ISO weeks starting on Monday, across the turn of the year', () => {
		expect(periodOf('week', new Date('2026-12-06T16:59:59Z'))).toBe('2026-W49'); // Sunday 23:59
		expect(periodOf('week', new Date('2026-12-06T17:00:00Z'))).toBe('2026-W50'); // Monday 00:00
		expect(periodOf('week', new Date('2027-01-01T05:00:00Z'))).toBe('2026-W53');
		expect(periodOf('week', new Date('2025-12-29T05:00:00Z'))).toBe('2026-W01');
	});

	it('gives one key to every instant of a period and a new key to the next', () => {
		const hour = 60 * 60 * 1000;
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), (ms) => {
				const start = Math.floor((ms + 7 * hour) / (24 * hour)) * 24 * hour - 7 * hour;
				const day = periodOf('day', new Date(start));
				expect(periodOf('day', new Date(start + 24 * hour - 1))).toBe(day);
				expect(periodOf('day', new Date(start + 24 * hour))).not.toBe(day);
				expect(periodOf('day', new Date(ms))).toBe(day);
			})
		);
	});
});
