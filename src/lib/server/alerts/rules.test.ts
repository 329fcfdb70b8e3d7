import { describe, expect, it } from 'vitest';
import { addDays, fiscalYearOf, formatDate } from '../../dates.ts';
import {
	daysUntil,
	fiscalYearNearingEnd,
	isDismissed,
	isKpiAtRisk,
	isUpcoming,
	withinDays
} from './rules.ts';

const today = '2026-06-15';

describe('days', () => {
	it('counts today as 0, yesterday as -1, across months and leap days', () => {
		expect(daysUntil(today, today)).toBe(0);
		expect(daysUntil(today, '2026-06-14')).toBe(-1);
		expect(daysUntil('2028-02-28', '2028-03-01')).toBe(2);
		expect(addDays('2026-09-30', 1)).toBe('2026-10-01');
	});

	it('keeps 89 and 90 days in a 90-day window and leaves 91 out; overdue is always in', () => {
		expect(withinDays(today, addDays(today, 89), 90)).toBe(true);
		expect(withinDays(today, addDays(today, 90), 90)).toBe(true);
		expect(withinDays(today, addDays(today, 91), 90)).toBe(false);
		expect(withinDays(today, addDays(today, -400), 90)).toBe(true);
	});
});

describe('fiscal year nearing its end', () => {
	it('nears its end 90 days before 30 September, not 91', () => {
		expect(fiscalYearNearingEnd('2026-07-01')).toBeNull(); // 91 days before
		expect(fiscalYearNearingEnd('2026-07-02')).toEqual({ fiscalYear: 2569, end: '2026-09-30' });
		expect(fiscalYearNearingEnd('2026-07-03')).not.toBeNull(); // 89 days
		expect(fiscalYearNearingEnd('2026-09-30')).toEqual({ fiscalYear: 2569, end: '2026-09-30' });
	});

	it('starts a new year on 1 October, far from its end', () => {
		expect(fiscalYearNearingEnd('2026-10-01')).toBeNull();
		expect(fiscalYearOf('2026-10-01')).toBe(2570);
	});

	it('names the year in the Buddhist Era and the end in the Common Era', () => {
		const near = fiscalYearNearingEnd('2025-09-29');
		expect(near).toEqual({ fiscalYear: 2568, end: '2025-09-30' });
		expect(formatDate(near!.end, 'th')).toBe('30 กันยายน 2568');
		expect(formatDate(near!.end, 'en')).toBe('30 September 2025');
	});
});

describe('KPIs at risk', () => {
	it('is at risk with no shared result, whatever the target', () => {
		expect(isKpiAtRisk({ direction: 'increase', target: 10, sharedValue: null })).toBe(true);
		expect(isKpiAtRisk({ direction: 'increase', target: null, sharedValue: null })).toBe(true);
	});

	it('is at risk below the target, or above it for a KPI that should go down', () => {
		expect(isKpiAtRisk({ direction: 'increase', target: 10, sharedValue: 9 })).toBe(true);
		expect(isKpiAtRisk({ direction: 'increase', target: 10, sharedValue: 10 })).toBe(false);
		expect(isKpiAtRisk({ direction: 'decrease', target: 10, sharedValue: 11 })).toBe(true);
		expect(isKpiAtRisk({ direction: 'decrease', target: 10, sharedValue: 10 })).toBe(false);
		expect(isKpiAtRisk({ direction: 'increase', target: null, sharedValue: 1 })).toBe(false);
	});
});

describe('upcoming engagements', () => {
	it('starts today or within the window, not yesterday', () => {
		expect(isUpcoming(today, today)).toBe(true);
		expect(isUpcoming(addDays(today, -1), today)).toBe(false);
		expect(isUpcoming(addDays(today, 60), today)).toBe(true);
		expect(isUpcoming(addDays(today, 61), today)).toBe(false);
		expect(isUpcoming(addDays(today, 90), today, 90)).toBe(true);
		expect(isUpcoming(addDays(today, 91), today, 90)).toBe(false);
	});
});

describe('dismissals', () => {
	it('hides an alert while its date is the one dismissed, and shows it again when it moves', () => {
		const dismissed = new Map([['agreementReview:a', '2026-07-01']]);
		expect(isDismissed({ key: 'agreementReview:a', on: '2026-07-01' }, dismissed)).toBe(true);
		expect(isDismissed({ key: 'agreementReview:a', on: '2026-08-01' }, dismissed)).toBe(false);
		expect(isDismissed({ key: 'agreementReview:b', on: '2026-07-01' }, dismissed)).toBe(false);
	});
});
