import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import type { ChangeContext } from '../platform/actor.ts';
import {
	addAttachments,
	checkAttachment,
	removeAttachment,
	type AttachmentRow
} from '../platform/attachments/attachments.ts';
import { AppError } from '../platform/errors.ts';
import { canReportKpi } from './kpi-results.ts';
import { kpiResults } from './schema.ts';

/**
 * Files change with the result they prove, and under the same rule: whoever may report the KPI,
 * while the result is a draft or returned. A submitted result waits; an approved one is locked.
 */
async function guardEditable(tx: Tx, context: ChangeContext, resultId: string, kpiId?: string) {
	const [result] = await tx
		.select()
		.from(kpiResults)
		.where(eq(kpiResults.id, resultId))
		.for('update');
	if (!result || (kpiId !== undefined && result.kpiId !== kpiId)) {
		throw new AppError('not_found');
	}
	if (!(await canReportKpi(tx, context.actor, result.kpiId))) throw new AppError('forbidden');
	if (result.status === 'approved') throw new AppError('locked');
	if (result.status === 'submitted') throw new AppError('invalid_transition');
}

/** Refuses the whole batch before anything is saved when one file is not accepted. */
export function checkResultFiles(files: readonly File[]): void {
	for (const file of files) checkAttachment(file);
}

/** Attaches files, one transaction each, to a result that may still be edited. */
export async function attachResultFiles(
	db: Db,
	context: ChangeContext,
	resultId: string,
	files: readonly File[],
	storageDir: string
): Promise<AttachmentRow[]> {
	return addAttachments(db, context, {
		ownerType: 'kpi_result',
		ownerId: resultId,
		files,
		storageDir,
		guard: (tx) => guardEditable(tx, context, resultId)
	});
}

/** Removes a file from a result of `kpiId` that may still be edited. */
export async function removeResultAttachment(
	db: Db,
	context: ChangeContext,
	kpiId: string,
	attachmentId: string,
	storageDir: string
): Promise<AttachmentRow> {
	return removeAttachment(db, context, attachmentId, storageDir, async (tx, attachment) => {
		if (attachment.ownerType !== 'kpi_result') throw new AppError('not_found');
		await guardEditable(tx, context, attachment.ownerId, kpiId);
	});
}
