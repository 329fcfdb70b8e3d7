import { getApp } from '#lib/server/app.ts';
import { fileResponse } from '#lib/server/documents/http.ts';
import { briefingQuerySchema } from '#lib/server/dossiers/briefing.ts';
import { partnerBriefingPdf } from '#lib/server/dossiers/briefing-pdf.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
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
