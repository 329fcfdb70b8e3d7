import { formatNumber } from '#lib/dates.ts';
import { translate, type Locale, type MessageKey } from '#lib/i18n/index.ts';
import type { kpiKinds } from '#lib/server/plans/index.ts';
import type { ReviewState } from '#lib/server/platform/index.ts';

/** A KPI's value as read: a rung of a maturity ladder is "level N", anything else a number. */
export function formatKpiValue(
	value: number,
	kind: (typeof kpiKinds)[number],
	locale: Locale
): string {
	const number = formatNumber(value, locale);
	return kind === 'maturity' ? translate(locale, 'kpis.levelValue', { level: number }) : number;
}

/** What the person looking at a result can do next, given its state and what they may do. */
export function resultNextStep(
	status: ReviewState | null,
	may: { report: boolean; review: boolean }
): MessageKey {
	if (status === 'approved') return 'kpis.nextLocked';
	if (status === 'submitted') {
		if (may.review) return 'kpis.nextReview';
		return may.report ? 'kpis.nextAwaitReview' : 'kpis.nextViewOnly';
	}
	if (!may.report) return 'kpis.nextViewOnly';
	if (status === 'returned') return 'kpis.nextReturned';
	return status === 'draft' ? 'kpis.nextDraft' : 'kpis.nextStart';
}
