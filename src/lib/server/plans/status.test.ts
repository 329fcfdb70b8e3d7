import { describe, expect, it } from 'vitest';
import { kpiStatus } from './status.ts';

const approved = (value: number | null) => ({ status: 'approved' as const, value });

describe('kpiStatus', () => {
	it('is not reported without a result or with a draft', () => {
		expect(kpiStatus({ direction: 'increase', target: 3, result: null })).toBe('not_reported');
		expect(
			kpiStatus({ direction: 'increase', target: 3, result: { status: 'draft', value: 5 } })
		).toBe('not_reported');
	});

	it('is pending until approved, and when there is no numeric target', () => {
		for (const status of ['submitted', 'returned'] as const) {
			expect(kpiStatus({ direction: 'increase', target: 3, result: { status, value: 5 } })).toBe(
				'pending'
			);
		}
		expect(kpiStatus({ direction: 'increase', target: null, result: approved(5) })).toBe('pending');
	});

	it('compares an approved result with the target in the KPI’s direction', () => {
		expect(kpiStatus({ direction: 'increase', target: 3, result: approved(3) })).toBe('met');
		expect(kpiStatus({ direction: 'increase', target: 60, result: approved(59.5) })).toBe(
			'not_met'
		);
		expect(kpiStatus({ direction: 'decrease', target: 10, result: approved(8) })).toBe('met');
		expect(kpiStatus({ direction: 'decrease', target: 10, result: approved(12) })).toBe('not_met');
	});
});
