import { getApp } from '#lib/server/app.ts';
import { fileResponse, pageQuery, sheetFile, sheetFormats } from '#lib/server/documents/index.ts';
import { notFoundPage, requirePage } from '#lib/server/platform/index.ts';
import {
	projectFilterSchema,
	registerFileName,
	registerSheet
} from '#lib/server/projects/index.ts';
import { readRegisterQuery } from '../register-query.ts';
import type { RequestHandler } from './$types';

/** The register as the same filters show it, every page, as Excel or CSV. */
export const GET: RequestHandler = async (event) => {
	requirePage(event, 'project.read');
	const format = sheetFormats.find((known) => known === event.params.format) ?? notFoundPage(event);
	const filter = pageQuery(
		event,
		projectFilterSchema,
		readRegisterQuery(event.url.searchParams).input
	);
	const sheet = await registerSheet(getApp().database.db, filter, event.locals.locale);
	const { body, contentType } = await sheetFile(sheet, format);
	return fileResponse(body, contentType, registerFileName(format));
};
