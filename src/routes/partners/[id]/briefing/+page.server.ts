import { getApp } from '#lib/server/app.ts';
import { pageQuery } from '#lib/server/documents/index.ts';
import {
	briefingQuerySchema,
	partnerBriefing,
	partnerDossier
} from '#lib/server/dossiers/index.ts';
import { notFoundPage, pageId, requirePage } from '#lib/server/platform/index.ts';
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
