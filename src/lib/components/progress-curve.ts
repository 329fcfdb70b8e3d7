import type { ProjectStatus } from '#lib/server/projects/index.ts';

export interface CurveReport {
	sequence: number;
	/** ISO `YYYY-MM-DD`. */
	reportedOn: string;
	percentDone: number | null;
	projectStatus: ProjectStatus | null;
}

export interface CurvePoint {
	sequence: number;
	reportedOn: string;
	/** The report's own figure; null when the report gives none. */
	percent: number | null;
	x: number;
	/** Where the point sits: at its figure, or at the last figure before it when it has none. */
	y: number;
	/** A status the report sets that the curve must name: a suspension, a cancellation, … */
	mark: ProjectStatus | null;
}

export interface CurveBox {
	width: number;
	height: number;
	/** Space kept free on every side for the labels. */
	padding: number;
}

export interface Curve {
	points: CurvePoint[];
	/** The SVG path through the points that have a figure, in order. */
	path: string;
	/** The first and last reports with a figure, for the text alternative. */
	first: CurvePoint | null;
	last: CurvePoint | null;
	/** The points whose report sets a status. */
	marked: CurvePoint[];
}

const day = 24 * 60 * 60 * 1000;
const round = (value: number) => Math.round(value * 10) / 10;

/** Y of a percentage: 0 % at the bottom of the plot, 100 % at its top. */
export function percentY(percent: number, box: CurveBox): number {
	const clamped = Math.min(100, Math.max(0, percent));
	return round(box.padding + (1 - clamped / 100) * (box.height - 2 * box.padding));
}

/**
 * Places the reports on a time axis (by date, so gaps between reports show) against 0–100 % done.
 * A report without a figure stays on the curve at the last figure before it (0 before any), so
 * its mark sits where the project stood.
 */
export function progressCurve(reports: readonly CurveReport[], box: CurveBox): Curve {
	const ordered = [...reports].sort((a, b) => a.sequence - b.sequence);
	const times = ordered.map((report) => Date.parse(`${report.reportedOn}T00:00:00Z`));
	const start = Math.min(...times);
	const span = Math.max(...times) - start;
	const plotWidth = box.width - 2 * box.padding;
	let standing = 0;
	const points = ordered.map((report, index): CurvePoint => {
		if (report.percentDone !== null) standing = report.percentDone;
		const time = times[index] ?? start;
		const x =
			ordered.length === 1 || span < day
				? box.padding + plotWidth / 2
				: box.padding + ((time - start) / span) * plotWidth;
		return {
			sequence: report.sequence,
			reportedOn: report.reportedOn,
			percent: report.percentDone,
			x: round(x),
			y: percentY(standing, box),
			mark:
				report.projectStatus && report.projectStatus !== 'in_progress' ? report.projectStatus : null
		};
	});
	const measured = points.filter((point) => point.percent !== null);
	const path = measured
		.map((point, index) => `${index ? 'L' : 'M'}${point.x} ${point.y}`)
		.join(' ');
	return {
		points,
		path,
		first: measured[0] ?? null,
		last: measured.at(-1) ?? null,
		marked: points.filter((point) => point.mark)
	};
}
