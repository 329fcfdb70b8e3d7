import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/index.ts';
import {
	AppError,
	type AttachmentRow,
	type ChangeContext,
	removeAttachment
} from '../platform/index.ts';
import { canReportKpi } from './kpi-results.ts';
import { kpiResults } from './schema.ts';

/**
 * Files change with the result they prove, and under the same rule: whoever may report the KPI,
 * while the result is a draft or returned. A submitted result waits; an approved one is locked.
 * Files are added with the result itself (`saveKpiResult`).
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
