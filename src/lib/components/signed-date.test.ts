import { describe, expect, it } from 'vitest';
import { signedDate } from './signed-date.ts';

describe('signedDate', () => {
	it('shows the year alone when only the year is known, in BE for Thai', () => {
		const agreement = { signedOn: '1993-01-01', signedPrecision: 'year' as const };
		expect(signedDate(agreement, 'th')).toBe('พ.ศ. 2536');
		expect(signedDate(agreement, 'en')).toBe('1993');
	});

	it('shows the full date when the day is known, and nothing when there is no date', () => {
		expect(signedDate({ signedOn: '1962-02-19', signedPrecision: 'day' }, 'th')).toContain('2505');
		expect(signedDate({ signedOn: null, signedPrecision: 'day' }, 'en')).toBeNull();
	});
});
