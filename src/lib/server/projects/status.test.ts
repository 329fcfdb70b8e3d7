import { describe, expect, it } from 'vitest';
import { projectStatusFrom } from './status.ts';

describe('projectStatusFrom', () => {
	it('is planned without reports and in progress with some', () => {
		expect(projectStatusFrom([])).toBe('planned');
		expect(projectStatusFrom([{ sequence: 1, percentDone: 10, projectStatus: null }])).toBe(
			'in_progress'
		);
	});

	it('follows the latest report that states a status, whatever the order given', () => {
		expect(
			projectStatusFrom([
				{ sequence: 7, percentDone: 20, projectStatus: 'cancelled' },
				{ sequence: 6, percentDone: 20, projectStatus: 'suspended' },
				{ sequence: 5, percentDone: 20, projectStatus: null }
			])
		).toBe('cancelled');
	});

	it('is completed at 100 %', () => {
		expect(projectStatusFrom([{ sequence: 1, percentDone: 100, projectStatus: null }])).toBe(
			'completed'
		);
	});
});
