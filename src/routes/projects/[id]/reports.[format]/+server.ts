import { getApp } from '#lib/server/app.ts';
import { fileResponse, sheetFile, sheetFormats } from '#lib/server/documents/index.ts';
import {
	AppError,
	notFoundPage,
	pageId,
	requirePage,
	unsubmittedScope
} from '#lib/server/platform/index.ts';
import { progressReportsSheet } from '#lib/server/projects/index.ts';
import type { RequestHandler } from './$types';

/** A project's progress reports as Excel or CSV. */
export const GET: RequestHandler = async (event) => {
	const actor = requirePage(event, 'project.read');
	const format = sheetFormats.find((known) => known === event.params.format) ?? notFoundPage(event);
	try {
		const { sheet, fileStem } = await progressReportsSheet(
			getApp().database.db,
			pageId(event),
			unsubmittedScope(actor),
			event.locals.locale
		);
		const { body, contentType } = await sheetFile(sheet, format);
		return fileResponse(body, contentType, `${fileStem}.${format}`);
	} catch (caught) {
		if (caught instanceof AppError && caught.code === 'not_found') notFoundPage(event);
		throw caught;
	}
};
