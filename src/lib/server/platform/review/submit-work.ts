import type { Db } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { requireVersion } from '../audit/record.ts';
import { AppError } from '../errors.ts';
import type { ReviewedKind, ReviewedRow } from './kind.ts';
import { refuseStep } from './states.ts';
import { openForReporter, submitStep } from './step.ts';

/** Sends a draft or returned record to the IAO for review, at the version the reporter saw. */
export function submitWork<Key, Parent, Work extends ReviewedRow, Values>(
	db: Db,
	context: ChangeContext,
	kind: ReviewedKind<Key, Parent, Work, Values>,
	key: Key,
	version: number
): Promise<Work> {
	return db.transaction(async (tx) => {
		const run = { tx, context, kind };
		const { place, work } = await openForReporter(run, key);
		if (!work) throw new AppError('not_found');
		await requireVersion(tx, kind.entityType, work.id, version, work.version);
		refuseStep(kind.stateOf(work), 'submit');
		return submitStep(run, place, work);
	});
}
