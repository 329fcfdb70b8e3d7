import type { Db } from '../db/index.ts';
import { type AttachmentRow, type ChangeContext, removeWorkFile } from '../platform/index.ts';
import { kpiResultReview } from './kpi-results.ts';

/**
 * Removes a file from a result of `kpiId` that may still be edited: whoever may report the KPI,
 * while the result is a draft or returned. Files are added with the result (`saveKpiResult`).
 */
export function removeResultAttachment(
	db: Db,
	context: ChangeContext,
	kpiId: string,
	attachmentId: string,
	storageDir: string
): Promise<AttachmentRow> {
	return removeWorkFile(
		db,
		context,
		kpiResultReview,
		{ attachmentId, storageDir },
		(key) => key.kpiId === kpiId
	);
}
