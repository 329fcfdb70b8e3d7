import { getApp } from '#lib/server/app.ts';
import { pageQuery } from '#lib/server/documents/index.ts';
import {
	briefingQuerySchema,
	partnerBriefing,
	partnerBriefingRecords
} from '#lib/server/dossiers/index.ts';
import { notFoundPage, pageId, requirePage } from '#lib/server/platform/index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'partner.read');
	const query = pageQuery(event, briefingQuerySchema);
	const app = getApp();
	const dormantYears = app.config.SAPHAN_PARTNER_DORMANT_YEARS;
	const briefing = await partnerBriefingRecords(app.database.db, actor, pageId(event), {
		dormantYears
	});
	if (!briefing) notFoundPage(event);
	const { partner } = briefing.dossier;
	const locale = query.lang ?? event.locals.locale;
	return {
		partner: { id: partner.id, nameTh: partner.nameTh, nameEn: partner.nameEn },
		document: partnerBriefing(briefing, { locale, dormantYears })
	};
};
