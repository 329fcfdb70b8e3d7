import { describe, expect, it } from 'vitest';
import { monthGrid, monthOf } from './calendar.ts';

describe('engagement calendar', () => {
	it('lays June 2019 out in weeks from Monday', () => {
		const grid = monthGrid('2019-06');
		expect(grid.first).toBe('2019-06-01');
		expect(grid.last).toBe('2019-06-30');
		expect(grid.weeks[0]?.slice(0, 6)).toEqual([null, null, null, null, null, '2019-06-01']);
		expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
		expect(grid.previous).toBe('2019-05');
		expect(grid.next).toBe('2019-07');
	});

	it('falls back to the current month for a malformed month', () => {
		expect(monthOf('2019-13', '2026-11-24')).toBe('2026-11');
		expect(monthOf('2019-06', '2026-11-24')).toBe('2019-06');
	});

	it('falls back to the current month for a month outside 1900–2200', () => {
		expect(monthOf('0000-01', '2026-11-24')).toBe('2026-11');
		expect(monthOf('1899-12', '2026-11-24')).toBe('2026-11');
		expect(monthOf('9999-12', '2026-11-24')).toBe('2026-11');
		expect(monthOf('2200-12', '2026-11-24')).toBe('2200-12');
	});
});
