import type { KpiStatus } from '../plans/index.ts';

/** How many KPIs are in each status. */
export type StatusCounts = Record<KpiStatus, number>;

const emptyStatusCounts = (): StatusCounts => ({
	met: 0,
	not_met: 0,
	pending: 0,
	not_reported: 0
});

/** The statuses counted, one per KPI. */
export function tallyStatuses(statuses: readonly KpiStatus[]): StatusCounts {
	const counts = emptyStatusCounts();
	for (const status of statuses) counts[status] += 1;
	return counts;
}

/** A part of a whole as a fraction from 0 to 1; nothing of nothing is 0. */
export function share(part: number, whole: number): number {
	return whole > 0 ? part / whole : 0;
}
