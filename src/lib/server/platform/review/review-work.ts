import type { Db } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { requireVersion } from '../audit/record.ts';
import { AppError } from '../errors.ts';
import { refuseOwnReview } from './four-eyes.ts';
import type { ReviewedKind, ReviewedRow } from './kind.ts';
import { authorizeStep } from './permissions.ts';
import { refuseStep, type ReviewDecision } from './states.ts';
import { findParent, writeStep } from './step.ts';

export interface WorkReview {
	/** The version the reviewer saw. */
	version: number;
	decision: ReviewDecision;
	/** Why it is returned: required to return it. */
	comment?: string | null;
}

/**
 * A reviewer approves a submitted record, which locks it, or returns it to its reporter with a
 * comment; never the one who submitted it (four eyes: the attempt is audited, then refused).
 */
export async function reviewWork<Key, Parent, Work extends ReviewedRow, Values>(
	db: Db,
	context: ChangeContext,
	kind: ReviewedKind<Key, Parent, Work, Values>,
	key: Key,
	review: WorkReview
): Promise<Work> {
	authorizeStep(context.actor, kind, review.decision);
	const reviewed = await db.transaction(async (tx) => {
		const run = { tx, context, kind };
		const place = { key, parent: await findParent(run, key) };
		const work = await kind.lock(tx, place);
		if (!work) throw new AppError('not_found');
		await requireVersion(tx, kind.entityType, work.id, review.version, work.version);
		refuseStep(kind.stateOf(work), review.decision);
		if (await refuseOwnReview(tx, context, kind.entityType, work, review.decision)) return null;
		const approve = review.decision === 'approve';
		if (!approve && !review.comment?.trim()) {
			throw new AppError('validation_failed', {
				fields: { comment: { key: 'validation.commentRequired' } }
			});
		}
		if (approve) await kind.check?.(tx, place, work);
		const done = await writeStep(run, work, review.decision, {
			reviewComment: review.comment || null,
			reviewedBy: context.actor.id,
			reviewedAt: new Date()
		});
		if (approve) await kind.approved?.(tx, context, place);
		await kind.stepTaken?.(tx, context, review.decision, place, done);
		return done;
	});
	if (!reviewed) throw new AppError('own_submission');
	return reviewed;
}
