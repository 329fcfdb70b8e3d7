import { getApp } from '#lib/server/app.ts';
import { pageQuery } from '#lib/server/documents/http.ts';
import { briefingQuerySchema, partnerBriefing } from '#lib/server/dossiers/briefing.ts';
import { partnerDossier } from '#lib/server/dossiers/partner-dossier.ts';
import { notFoundPage, pageId, requirePage } from '#lib/server/platform/http/pages.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'partner.read');
	const query = pageQuery(event, briefingQuerySchema);
	const app = getApp();
	const dormantYears = app.config.SAPHAN_PARTNER_DORMANT_YEARS;
	const dossier = await partnerDossier(app.database.db, pageId(event), dormantYears);
	if (!dossier) notFoundPage(event);
	const locale = query.lang ?? event.locals.locale;
	return {
		partner: {
			id: dossier.partner.id,
			nameTh: dossier.partner.nameTh,
			nameEn: dossier.partner.nameEn
		},
		document: partnerBriefing(dossier, { locale, dormantYears })
	};
};
