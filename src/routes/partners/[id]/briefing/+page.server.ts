import { getApp } from '#lib/server/app.ts';
import { presentCommitment, presentEngagement } from '#lib/server/engagements/presenters.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { notFoundPage, requirePage } from '#lib/server/platform/http/pages.ts';
import { partnerDossier } from '#lib/server/partners/dossier.ts';
import { presentAgreement, presentPartner } from '#lib/server/partners/presenters.ts';
import type { PageServerLoad } from './$types';

/** How much of each list fits on one printed page. */
const briefingRows = 6;

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'partner.read');
	const app = getApp();
	let id: string;
	try {
		id = idParam(event.params.id);
	} catch {
		notFoundPage(event);
	}
	const dossier = await partnerDossier(
		app.database.db,
		id,
		app.config.SAPHAN_PARTNER_DORMANT_YEARS
	);
	if (!dossier) notFoundPage(event);
	return {
		partner: presentPartner(dossier.partner, dossier.dormant),
		dormantYears: app.config.SAPHAN_PARTNER_DORMANT_YEARS,
		agreements: dossier.agreements.slice(0, briefingRows).map(presentAgreement),
		agreementCount: dossier.agreements.length,
		engagements: dossier.engagements.slice(0, briefingRows).map(presentEngagement),
		engagementCount: dossier.engagements.length,
		openCommitments: dossier.openCommitments.slice(0, briefingRows).map(presentCommitment),
		openCommitmentCount: dossier.openCommitments.length,
		projects: dossier.projects.slice(0, briefingRows)
	};
};
