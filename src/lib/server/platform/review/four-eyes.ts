import type { Tx } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { recordAudit, type AuditEntityType } from '../audit/record.ts';
import { reviewsOwnSubmission } from '../policy.ts';
import type { ReviewDecision } from './states.ts';

/**
 * Four eyes, inside a review's transaction: when the reviewer submitted the work, no review is
 * made and the attempt is written to the trail instead. Returns whether it was refused; the caller
 * lets the transaction commit (keeping the entry) and then throws `own_submission`.
 */
export async function refuseOwnReview(
	tx: Tx,
	context: ChangeContext,
	entityType: AuditEntityType,
	work: { id: string; submittedBy: string | null },
	decision: ReviewDecision
): Promise<boolean> {
	if (!reviewsOwnSubmission(context.actor, work)) return false;
	await recordAudit(tx, context, {
		action: 'refuse_review',
		entityType,
		entityId: work.id,
		after: { decision, reason: 'own_submission' }
	});
	return true;
}
