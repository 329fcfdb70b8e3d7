import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChartLayout } from './bar-chart.ts';

describe('barChartLayout', () => {
	it('draws the largest bar across the bar area and the others in proportion', () => {
		const layout = barChartLayout([
			{ key: 'asean', label: 'อาเซียน', value: 10 },
			{ key: 'europe', label: 'ยุโรป', value: 5 },
			{ key: 'africa', label: 'แอฟริกา', value: 0 }
		]);
		expect(layout.rows.map((row) => row.barLength)).toEqual([260, 130, 1]);
		expect(layout.rows.map((row) => row.label)).toEqual(['อาเซียน', 'ยุโรป', 'แอฟริกา']);
	});

	it('keeps every bar and its value text inside the chart, one row under another', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -5, max: 10_000_000 }), { maxLength: 40 }),
				(values) => {
					const layout = barChartLayout(
						values.map((value, index) => ({ key: String(index), label: 'x', value }))
					);
					layout.rows.forEach((row, index) => {
						expect(row.barLength).toBeGreaterThan(0);
						expect(row.valueX).toBeGreaterThan(layout.labelX);
						expect(row.valueX + 50).toBeLessThanOrEqual(layout.width + 6);
						expect(row.y + row.barHeight).toBeLessThan(layout.height);
						if (index > 0) expect(row.y).toBeGreaterThan(layout.rows[index - 1]!.y);
					});
				}
			)
		);
	});
});
