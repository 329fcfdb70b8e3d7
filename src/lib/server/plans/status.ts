import type { ReviewState } from '../platform/index.ts';

export const kpiStatuses = ['met', 'not_met', 'pending', 'not_reported'] as const;
export type KpiStatus = (typeof kpiStatuses)[number];

export interface StatusInput {
	direction: 'increase' | 'decrease';
	target: number | null | undefined;
	result: { status: ReviewState; value: number | null } | null | undefined;
}

/**
 * The one rule for a KPI's status in a fiscal year (its words are in the catalogs as
 * `plans.statusRule`): nothing submitted is "not reported"; submitted or returned and not yet
 * approved, or approved against no numeric target, is "pending"; an approved result is "met" when
 * it reaches the target (at least it, or at most it for a KPI that should go down), else "not met".
 */
export function kpiStatus({ direction, target, result }: StatusInput): KpiStatus {
	if (!result || result.status === 'draft') return 'not_reported';
	if (result.status !== 'approved') return 'pending';
	if (target === null || target === undefined || result.value === null) return 'pending';
	const reached = direction === 'increase' ? result.value >= target : result.value <= target;
	return reached ? 'met' : 'not_met';
}
