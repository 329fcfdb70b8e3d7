import { getApp } from '#lib/server/app.ts';
import { fileResponse } from '#lib/server/documents/index.ts';
import { briefingQuerySchema, partnerBriefingPdf } from '#lib/server/dossiers/index.ts';
import { apiHandler, authorize, idParam, parseInput } from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, params, url }) => {
	authorize(locals.actor, 'partner.read');
	const query = parseInput(briefingQuerySchema, Object.fromEntries(url.searchParams));
	const app = getApp();
	const { body, fileName } = await partnerBriefingPdf(app.database.db, idParam(params.id), {
		locale: query.lang ?? locals.locale,
		dormantYears: app.config.SAPHAN_PARTNER_DORMANT_YEARS
	});
	return fileResponse(body, 'application/pdf', fileName);
});
