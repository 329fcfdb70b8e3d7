import type { Db } from '../db/index.ts';
import { AppError, authorize, type ChangeContext, recordAudit } from '../platform/index.ts';
import { deleteAlignment, elementRow, insertAlignment } from './repository.ts';
import type { AlignmentInput } from './schemas.ts';

/** Links an element to an element of another plan that it serves. */
export async function addAlignment(db: Db, context: ChangeContext, input: AlignmentInput) {
	authorize(context.actor, 'alignment.manage');
	return db.transaction(async (tx) => {
		const from = await elementRow(tx, input.fromElementId);
		const to = await elementRow(tx, input.toElementId);
		if (!from || !to) throw new AppError('not_found');
		if (from.planId === to.planId) {
			throw new AppError('validation_failed', {
				fields: { toElementId: { key: 'validation.alignmentSamePlan' } }
			});
		}
		const created = await insertAlignment(tx, {
			fromElementId: from.id,
			toElementId: to.id,
			noteTh: input.noteTh || null,
			noteEn: input.noteEn || null
		});
		if (!created) throw new AppError('duplicate');
		await recordAudit(tx, context, {
			action: 'create',
			entityType: 'element_alignment',
			entityId: created.id,
			after: {
				fromElementId: from.id,
				toElementId: to.id,
				noteTh: created.noteTh,
				noteEn: created.noteEn
			}
		});
		return created;
	});
}

export async function removeAlignment(db: Db, context: ChangeContext, alignmentId: string) {
	authorize(context.actor, 'alignment.manage');
	await db.transaction(async (tx) => {
		const existing = await deleteAlignment(tx, alignmentId);
		if (!existing) throw new AppError('not_found');
		await recordAudit(tx, context, {
			action: 'delete',
			entityType: 'element_alignment',
			entityId: existing.id,
			before: {
				fromElementId: existing.fromElementId,
				toElementId: existing.toElementId,
				noteTh: existing.noteTh,
				noteEn: existing.noteEn
			}
		});
	});
}
