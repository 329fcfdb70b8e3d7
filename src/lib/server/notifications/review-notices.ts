import type { Executor } from '../db/index.ts';
import type { Action, ChangeContext } from '../platform/index.ts';
import { notify, recipientsFor } from './notify.ts';
import type { Facts } from './templates.ts';

/** A step of the review workflow taken on one record, as its module describes it. */
export interface ReviewedStep {
	step: 'submit' | 'approve' | 'return';
	/** The policy's actions for the record's reporters and reviewers. */
	actions: { report: Action; review: Action };
	/** The agencies whose reporters report it. */
	agencyIds: readonly string[];
	/** Its page. */
	path: string;
	/** `record` (progressReport, kpiResult), `title`, `titleEn`. */
	facts: Facts;
	/** The reviewer's comment, on a return. */
	comment?: string | null;
}

const kindOf = {
	submit: 'review.submitted',
	approve: 'review.approved',
	return: 'review.returned'
} as const;

/**
 * Tells the reviewers of a submission, and the reporters of the record's agencies of a return
 * (with the comment) or an approval; never the one who took the step. Returns how many were told.
 */
export async function notifyReviewStep(
	tx: Executor,
	{ actor }: ChangeContext,
	reviewed: ReviewedStep
): Promise<number> {
	const recipients =
		reviewed.step === 'submit'
			? await recipientsFor(tx, reviewed.actions.review)
			: await recipientsFor(tx, reviewed.actions.report, reviewed.agencyIds);
	return notify(tx, {
		kind: kindOf[reviewed.step],
		to: recipients.filter((id) => id !== actor.id),
		path: reviewed.path,
		facts: {
			...reviewed.facts,
			...(reviewed.step === 'return' && reviewed.comment ? { comment: reviewed.comment } : {})
		}
	});
}
