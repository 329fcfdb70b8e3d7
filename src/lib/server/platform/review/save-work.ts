import type { Db } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { requireVersion } from '../audit/record.ts';
import { withFiles, type FilesToKeep } from '../attachments/attachments.ts';
import { refuseDuplicates } from '../duplicates.ts';
import { AppError } from '../errors.ts';
import type { ReviewedKind, ReviewedRow } from './kind.ts';
import { refuseStep } from './states.ts';
import { createWork, openForReporter, submitStep, writeStep } from './step.ts';

export interface WorkSave {
	/** The version the reporter changed; a new record needs none. */
	version?: number;
	/** Files (checked by `checkFiles`) kept with the record, for a kind that has attachments. */
	files?: FilesToKeep;
	/** Sends the saved record for review in the same transaction. */
	submit?: boolean;
}

/**
 * Saves a record as its reporter enters it: a new draft, or a change to a draft or returned one
 * at the version the reporter saw. A submitted record waits for review; an approved one is
 * locked. The record, its files and its submission are one change: all kept, or nothing.
 */
export async function saveWork<Key, Parent, Work extends ReviewedRow, Values>(
	db: Db,
	context: ChangeContext,
	kind: ReviewedKind<Key, Parent, Work, Values>,
	key: Key,
	values: Values,
	{ version, files, submit = false }: WorkSave = {}
): Promise<Work> {
	const save = () =>
		withFiles(db, context, async (tx, keepFiles) => {
			const run = { tx, context, kind };
			const { place, work } = await openForReporter(run, key);
			let saved: Work;
			if (work) {
				await requireVersion(tx, kind.entityType, work.id, version, work.version);
				refuseStep(kind.stateOf(work), 'save');
				await kind.validate(tx, place, values, work);
				saved = await writeStep(run, work, 'save', { enteredBy: context.actor.id }, values);
			} else {
				await kind.validate(tx, place, values, null);
				saved = await createWork(run, place, values);
			}
			if (files) {
				if (!kind.attachments) {
					throw new AppError('internal', { detail: `${kind.entityType} keeps no files` });
				}
				const ownerId = saved.id;
				await keepFiles({ ownerType: kind.attachments.ownerType, ownerId }, files);
			}
			return submit ? submitStep(run, place, saved) : saved;
		});
	const { explainDuplicate } = kind;
	return explainDuplicate ? refuseDuplicates(save, () => explainDuplicate(db, key)) : save();
}
