import { describe, expect, it } from 'vitest';
import { percentY, progressCurve, type CurveReport } from './progress-curve.ts';

const box = { width: 220, height: 120, padding: 10 };

const report = (
	sequence: number,
	reportedOn: string,
	percentDone: number | null,
	projectStatus: CurveReport['projectStatus'] = null
): CurveReport => ({ sequence, reportedOn, percentDone, projectStatus });

describe('percentY', () => {
	it('puts 0 % at the bottom and 100 % at the top of the plot', () => {
		expect(percentY(0, box)).toBe(110);
		expect(percentY(100, box)).toBe(10);
		expect(percentY(50, box)).toBe(60);
	});

	it('keeps figures outside 0–100 inside the plot', () => {
		expect(percentY(-5, box)).toBe(110);
		expect(percentY(120, box)).toBe(10);
	});
});

describe('progressCurve', () => {
	it('spaces the reports by date and draws through their figures', () => {
		const curve = progressCurve(
			[report(2, '2020-01-11', 50), report(1, '2020-01-01', 0), report(3, '2020-01-21', 100)],
			box
		);
		expect(curve.points.map((point) => [point.sequence, point.x, point.y])).toEqual([
			[1, 10, 110],
			[2, 110, 60],
			[3, 210, 10]
		]);
		expect(curve.path).toBe('M10 110 L110 60 L210 10');
		expect(curve.first?.sequence).toBe(1);
		expect(curve.last?.sequence).toBe(3);
		expect(curve.marked).toEqual([]);
	});

	it('keeps a report without a figure at the last figure, marked, and off the path', () => {
		const curve = progressCurve(
			[
				report(1, '2020-01-01', 10),
				report(2, '2020-01-11', null, 'suspended'),
				report(3, '2020-01-21', 20, 'cancelled')
			],
			box
		);
		const [, suspended, cancelled] = curve.points;
		expect(suspended).toMatchObject({ percent: null, y: 100, mark: 'suspended' });
		expect(cancelled).toMatchObject({ percent: 20, y: 90, mark: 'cancelled' });
		expect(curve.path).toBe('M10 100 L210 90');
		expect(curve.marked.map((point) => point.sequence)).toEqual([2, 3]);
	});

	it('places a single report in the middle and a curve without figures at 0 %', () => {
		const one = progressCurve([report(1, '2020-01-01', null, 'suspended')], box);
		expect(one.points[0]).toMatchObject({ x: 110, y: 110 });
		expect(one.path).toBe('');
		expect(one.first).toBeNull();
		expect(one.last).toBeNull();
	});

	it('draws nothing without reports', () => {
		expect(progressCurve([], box)).toEqual({
			points: [],
			path: '',
			first: null,
			last: null,
			marked: []
		});
	});
});
