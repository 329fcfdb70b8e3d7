import { describe, expect, it } from 'vitest';
import { describedBy } from './described-by.ts';

describe('describedBy', () => {
	it('names the hint, then the error, of a field', () => {
		expect(describedBy('email', { hint: 'Work address', error: 'Not valid' })).toBe(
			'email-hint email-error'
		);
		expect(describedBy('email', { error: 'Not valid' })).toBe('email-error');
		expect(describedBy('email', { hint: 'Work address' })).toBe('email-hint');
	});

	it('is absent when there is nothing to describe', () => {
		expect(describedBy('email', {})).toBeUndefined();
		expect(describedBy('email', { hint: '', error: undefined })).toBeUndefined();
	});
});
