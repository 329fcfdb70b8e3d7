import { describe, expect, it } from 'vitest';
import { agreementAlerts, isMarkedAnniversary } from './alerts.ts';

const agreement = (values: Partial<Parameters<typeof agreementAlerts>[0][number]>) => ({
	id: 'a',
	signedOn: null,
	reviewOn: null,
	expiresOn: null,
	status: 'in_force' as const,
	...values
});

describe('agreement alerts', () => {
	it('warns of a review within 180 days or overdue, not of one further off', () => {
		expect(agreementAlerts([agreement({ reviewOn: '2026-03-01' })], '2025-12-01')).toEqual([
			{ kind: 'reviewDue', agreementId: 'a', on: '2026-03-01' }
		]);
		expect(agreementAlerts([agreement({ reviewOn: '2025-01-01' })], '2025-12-01')).toHaveLength(1);
		expect(agreementAlerts([agreement({ reviewOn: '2026-07-01' })], '2025-12-01')).toEqual([]);
	});

	it('says nothing of the review of an agreement that has ended', () => {
		expect(
			agreementAlerts([agreement({ reviewOn: '2026-01-01', status: 'ended' })], '2025-12-01')
		).toEqual([]);
	});

	it('marks round anniversaries of signing', () => {
		expect(agreementAlerts([agreement({ signedOn: '1962-02-19' })], '2027-01-10')).toEqual([
			{ kind: 'anniversary', agreementId: 'a', years: 65, on: '2027-02-19' }
		]);
		expect(agreementAlerts([agreement({ signedOn: '1962-02-19' })], '2026-01-10')).toEqual([]);
	});

	it('marks the 5th, 10th and every 5th from the 20th, never the 15th', () => {
		const marked = Array.from({ length: 41 }, (_, years) => years).filter(isMarkedAnniversary);
		expect(marked).toEqual([5, 10, 20, 25, 30, 35, 40]);
		expect(agreementAlerts([agreement({ signedOn: '2011-03-01' })], '2026-12-31')).toEqual([]);
	});

	it('puts an anniversary of a 29 February signing on the 28th in other years', () => {
		expect(agreementAlerts([agreement({ signedOn: '2016-02-29' })], '2026-01-01')).toEqual([
			{ kind: 'anniversary', agreementId: 'a', years: 10, on: '2026-02-28' }
		]);
	});
});
