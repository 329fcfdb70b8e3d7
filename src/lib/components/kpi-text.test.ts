import { describe, expect, it } from 'vitest';
import { formatKpiValue, resultNextStep } from './kpi-text.ts';

describe('formatKpiValue', () => {
	it('reads a maturity value as a level', () => {
		expect(formatKpiValue(3, 'maturity', 'th')).toBe('ระดับ 3');
		expect(formatKpiValue(3, 'maturity', 'en')).toBe('Level 3');
	});

	it('groups the digits of other values', () => {
		expect(formatKpiValue(1200, 'count', 'en')).toBe('1,200');
		expect(formatKpiValue(80.5, 'percentage', 'th')).toBe('80.5');
	});
});

describe('resultNextStep', () => {
	const reporter = { report: true, review: false };
	const reviewer = { report: true, review: true };
	const viewer = { report: false, review: false };

	it('guides a reporter through the states', () => {
		expect(resultNextStep(null, reporter)).toBe('kpis.nextStart');
		expect(resultNextStep('draft', reporter)).toBe('kpis.nextDraft');
		expect(resultNextStep('returned', reporter)).toBe('kpis.nextReturned');
		expect(resultNextStep('submitted', reporter)).toBe('kpis.nextAwaitReview');
		expect(resultNextStep('approved', reporter)).toBe('kpis.nextLocked');
	});

	it('asks a reviewer to review what was submitted', () => {
		expect(resultNextStep('submitted', reviewer)).toBe('kpis.nextReview');
		expect(resultNextStep('draft', reviewer)).toBe('kpis.nextDraft');
	});

	it('tells everyone else they can only look, except that approved is locked', () => {
		expect(resultNextStep(null, viewer)).toBe('kpis.nextViewOnly');
		expect(resultNextStep('submitted', viewer)).toBe('kpis.nextViewOnly');
		expect(resultNextStep('approved', viewer)).toBe('kpis.nextLocked');
	});
});
