import { getApp } from '#lib/server/app.ts';
import { fileResponse, pageQuery } from '#lib/server/documents/index.ts';
import { overviewQuerySchema, situation, situationReportPdf } from '#lib/server/overview/index.ts';
import { requirePage } from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

/** The executive view as a one-page situation report: `?fy=2568&lang=th|en`. */
export const GET: RequestHandler = async (event) => {
	const actor = requirePage(event, 'overview.read');
	const { searchParams } = event.url;
	const query = pageQuery(event, overviewQuerySchema, {
		fiscalYear: searchParams.get('fy') ?? undefined,
		lang: searchParams.get('lang') ?? undefined
	});
	const app = getApp();
	const found = await situation(app.database.db, actor, {
		fiscalYear: query.fiscalYear,
		dormantYears: app.config.SAPHAN_PARTNER_DORMANT_YEARS
	});
	const { body, fileName } = await situationReportPdf(found, query.lang ?? event.locals.locale);
	return fileResponse(body, 'application/pdf', fileName);
};
