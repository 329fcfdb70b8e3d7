import { fiscalYearOf, fiscalYearRange } from '../../dates.ts';
import type { AlertKind } from './kinds.ts';

/**
 * The alert rules, pure functions of ISO dates (`YYYY-MM-DD`, Asia/Bangkok). Agreement review,
 * expiry and anniversaries are the partners module's rule (`agreementAlerts`); report rounds are
 * the projects module's; dormancy is the partners module's. The rules here are the others, and
 * the windows every alert is read through.
 */

/** A fiscal year "nears its end" in its last 90 days: from 2 July to 30 September inclusive. */
export const nearEndDays = 90;
/** Engagements starting within this many days are upcoming. */
export const upcomingDays = 60;
/** Commitments due within this many days are due (my work); past their date they are overdue. */
export const dueSoonDays = 30;

const dayMs = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Whole days from `today` to `day`: 0 today, 1 tomorrow, -1 yesterday. */
export const daysUntil = (today: string, day: string) =>
	Math.round((time(day) - time(today)) / dayMs);

/** Whether a date is on or before `today + days`: overdue alerts always fall in a window. */
export const withinDays = (today: string, day: string, days: number) =>
	daysUntil(today, day) <= days;

/** The fiscal year (BE) of `today` and its last day, when it is `nearEndDays` or fewer away. */
export function fiscalYearNearingEnd(today: string): { fiscalYear: number; end: string } | null {
	const fiscalYear = fiscalYearOf(today);
	const { end } = fiscalYearRange(fiscalYear);
	return daysUntil(today, end) <= nearEndDays ? { fiscalYear, end } : null;
}

export interface KpiStanding {
	direction: 'increase' | 'decrease';
	/** The year's target; null when the plan gives no number. */
	target: number | null;
	/**
	 * The value of the year's submitted or approved result, null when there is none or it has no
	 * value. Drafts and returned results are not shared (decision 0013) and count as no result.
	 */
	sharedValue: number | null;
}

/** A KPI is at risk when it has no shared result, or one short of its numeric target. */
export function isKpiAtRisk({ direction, target, sharedValue }: KpiStanding): boolean {
	if (sharedValue === null) return true;
	if (target === null) return false;
	return direction === 'increase' ? sharedValue < target : sharedValue > target;
}

/** An engagement starting today or within `days`. */
export const isUpcoming = (startsOn: string, today: string, days = upcomingDays) =>
	daysUntil(today, startsOn) >= 0 && daysUntil(today, startsOn) <= days;

/** An alert's identity for dismissal: its kind and its record. */
export const alertKey = (kind: AlertKind, recordId: string) => `${kind}:${recordId}`;

/**
 * Whether a user dismissed an alert: only while the alert's date is the date dismissed. A date
 * that moves brings it back.
 */
export const isDismissed = (
	alert: { key: string; on: string },
	dismissed: ReadonlyMap<string, string>
) => dismissed.get(alert.key) === alert.on;
