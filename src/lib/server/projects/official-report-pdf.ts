import type { Executor } from '../db/index.ts';
import { renderPdf } from '../documents/index.ts';
import { type AgencyScope, AppError } from '../platform/index.ts';
import {
	officialReport,
	officialReportFileName,
	type OfficialReportOptions
} from './official-report.ts';
import { projectDetail } from './repository.ts';

/** A project's official progress report as a PDF file, with its file name. */
export async function officialReportPdf(
	executor: Executor,
	projectId: string,
	/** The reader's `unsubmittedScope`: the form counts only reports the reader may read. */
	unsubmitted: AgencyScope,
	options: OfficialReportOptions
) {
	const detail = await projectDetail(executor, projectId, unsubmitted);
	if (!detail) throw new AppError('not_found');
	return {
		body: await renderPdf(officialReport(detail, options)),
		fileName: officialReportFileName(detail, options)
	};
}
