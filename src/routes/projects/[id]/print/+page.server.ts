import { getApp } from '#lib/server/app.ts';
import { pageQuery } from '#lib/server/documents/index.ts';
import { notFoundPage, pageId, requirePage, unsubmittedScope } from '#lib/server/platform/index.ts';
import {
	officialReport,
	officialReportOptions,
	officialReportQuerySchema,
	projectDetail
} from '#lib/server/projects/index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'project.read');
	const options = officialReportOptions(
		pageQuery(event, officialReportQuerySchema),
		event.locals.locale
	);
	const detail =
		(await projectDetail(getApp().database.db, pageId(event), unsubmittedScope(actor))) ??
		notFoundPage(event);
	const { project } = detail;
	return {
		project: {
			id: project.id,
			code: project.code,
			titleTh: project.titleTh,
			titleEn: project.titleEn
		},
		version: { lang: options.locale, thaiDigits: options.thaiDigits },
		document: officialReport(detail, options)
	};
};
