import { getApp } from '#lib/server/app.ts';
import { fileResponse, pageQuery } from '#lib/server/documents/index.ts';
import { briefingQuerySchema, partnerBriefingPdf } from '#lib/server/dossiers/index.ts';
import { AppError, notFoundPage, pageId, requirePage } from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = requirePage(event, 'partner.read');
	const query = pageQuery(event, briefingQuerySchema);
	const app = getApp();
	try {
		const { body, fileName } = await partnerBriefingPdf(
			app.database.db,
			{ actor, requestId: event.locals.requestId },
			pageId(event),
			{
				locale: query.lang ?? event.locals.locale,
				dormantYears: app.config.SAPHAN_PARTNER_DORMANT_YEARS
			}
		);
		return fileResponse(body, 'application/pdf', fileName);
	} catch (caught) {
		if (caught instanceof AppError && caught.code === 'not_found') notFoundPage(event);
		throw caught;
	}
};
