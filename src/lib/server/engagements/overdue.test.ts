import { describe, expect, it } from 'vitest';
import { todayIso } from '../../dates.ts';
import { commitmentStatuses } from './kinds.ts';
import { isDue, isOverdue } from './overdue.ts';

describe('an overdue commitment', () => {
	it('is one still open and due before today', () => {
		expect(isOverdue({ status: 'open', dueOn: '2026-03-30' }, '2026-03-31')).toBe(true);
		expect(isOverdue({ status: 'in_progress', dueOn: '2025-12-31' }, '2026-01-01')).toBe(true);
	});

	it('is not yet overdue on the day it is due, nor before', () => {
		expect(isOverdue({ status: 'open', dueOn: '2026-03-31' }, '2026-03-31')).toBe(false);
		expect(isOverdue({ status: 'open', dueOn: '2026-04-01' }, '2026-03-31')).toBe(false);
	});

	it('compares whole dates across month, year and leap-day boundaries', () => {
		expect(isOverdue({ status: 'open', dueOn: '2024-02-29' }, '2024-03-01')).toBe(true);
		expect(isOverdue({ status: 'open', dueOn: '2024-02-29' }, '2024-02-29')).toBe(false);
		expect(isOverdue({ status: 'open', dueOn: '2026-09-30' }, '2026-10-01')).toBe(true);
		expect(isOverdue({ status: 'open', dueOn: '2026-12-31' }, '2027-01-01')).toBe(true);
	});

	it('is never a commitment done, dropped or without a due date', () => {
		expect(isOverdue({ status: 'done', dueOn: '2020-01-01' }, '2026-03-31')).toBe(false);
		expect(isOverdue({ status: 'dropped', dueOn: '2020-01-01' }, '2026-03-31')).toBe(false);
		for (const status of commitmentStatuses) {
			expect(isOverdue({ status, dueOn: null }, '2026-03-31')).toBe(false);
		}
	});

	it('turns overdue at midnight in Bangkok, not at midnight UTC', () => {
		const due = { status: 'open', dueOn: '2026-03-31' } as const;
		expect(isOverdue(due, todayIso(new Date('2026-03-31T16:59:59Z')))).toBe(false);
		expect(isOverdue(due, todayIso(new Date('2026-03-31T17:00:00Z')))).toBe(true);
	});
});

describe('a commitment due within a window', () => {
	const today = '2026-03-31';

	it('is one still open and due on or before the window’s last day, the overdue included', () => {
		expect(isDue({ status: 'open', dueOn: '2026-04-30' }, today, 30)).toBe(true);
		expect(isDue({ status: 'open', dueOn: '2026-05-01' }, today, 30)).toBe(false);
		expect(isDue({ status: 'in_progress', dueOn: '2026-04-07' }, today, 7)).toBe(true);
		expect(isDue({ status: 'open', dueOn: '2026-04-08' }, today, 7)).toBe(false);
		expect(isDue({ status: 'open', dueOn: '2026-03-26' }, today, 7)).toBe(true);
	});

	it('is never a commitment done, dropped or without a due date', () => {
		expect(isDue({ status: 'done', dueOn: today }, today, 30)).toBe(false);
		expect(isDue({ status: 'dropped', dueOn: today }, today, 30)).toBe(false);
		expect(isDue({ status: 'open', dueOn: null }, today, 30)).toBe(false);
	});
});
