import type { AuditAction } from '../audit/record.ts';
import { AppError } from '../errors.ts';

/** Where a reviewed record (a progress report, a KPI result) is in its review. */
export const reviewStates = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReviewState = (typeof reviewStates)[number];

/**
 * Who takes a step: the record's reporter or a reviewer. Each kind of record names the action of
 * the policy table that each of them needs.
 */
export type ReviewRole = 'report' | 'review';

interface StepRule {
	/** The states the record may be in; none for a record not yet made. */
	from: readonly ReviewState[];
	/** The state it is in afterwards; null when the step leaves it where it was. */
	to: ReviewState | null;
	by: ReviewRole;
	/** What the audit trail calls the step. */
	audit: AuditAction;
}

/**
 * The one review workflow: a reporter creates a draft, changes it and submits it; a reviewer
 * approves it, which locks it, or returns it to the reporter, who changes it and submits it again.
 */
export const reviewSteps = {
	create: { from: [], to: 'draft', by: 'report', audit: 'create' },
	save: { from: ['draft', 'returned'], to: null, by: 'report', audit: 'update' },
	submit: { from: ['draft', 'returned'], to: 'submitted', by: 'report', audit: 'submit' },
	approve: { from: ['submitted'], to: 'approved', by: 'review', audit: 'approve' },
	return: { from: ['submitted'], to: 'returned', by: 'review', audit: 'return' }
} as const satisfies Record<string, StepRule>;
export type ReviewStep = keyof typeof reviewSteps;

/** A reviewer's decision: one of the two steps a submitted record may take. */
export type ReviewDecision = 'approve' | 'return';

/**
 * Refuses a step the record's state does not allow: an approved record is locked (`locked`);
 * any other step out of turn is `invalid_transition`.
 */
export function refuseStep(state: ReviewState, step: ReviewStep): void {
	const from: readonly ReviewState[] = reviewSteps[step].from;
	if (from.includes(state)) return;
	throw new AppError(state === 'approved' ? 'locked' : 'invalid_transition', {
		detail: `${step} refused in state ${state}`
	});
}
