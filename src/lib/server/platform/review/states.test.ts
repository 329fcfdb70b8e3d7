import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
	refuseStep,
	reviewStates,
	reviewSteps,
	type ReviewState,
	type ReviewStep
} from './states.ts';

const refusalOf = (state: ReviewState, step: ReviewStep) => {
	try {
		refuseStep(state, step);
		return null;
	} catch (caught) {
		return caught instanceof AppError ? caught.code : caught;
	}
};

describe('the review steps', () => {
	it('allows each step from its states only: an approved record is locked, the rest out of turn', () => {
		const allowed: Record<ReviewState, ReviewStep[]> = {
			draft: ['save', 'submit'],
			returned: ['save', 'submit'],
			submitted: ['approve', 'return'],
			approved: []
		};
		for (const state of reviewStates) {
			for (const step of ['save', 'submit', 'approve', 'return'] as const) {
				const expected = allowed[state].includes(step)
					? null
					: state === 'approved'
						? 'locked'
						: 'invalid_transition';
				expect({ state, step, refusal: refusalOf(state, step) }).toEqual({
					state,
					step,
					refusal: expected
				});
			}
		}
	});

	it('makes a draft, sends it for review, and lets a reviewer approve or return it', () => {
		expect(
			Object.fromEntries(Object.entries(reviewSteps).map(([step, rule]) => [step, rule.to]))
		).toEqual({
			create: 'draft',
			save: null,
			submit: 'submitted',
			approve: 'approved',
			return: 'returned'
		});
	});
});
