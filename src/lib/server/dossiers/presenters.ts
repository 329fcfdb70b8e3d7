import type { z } from 'zod';
import { presentCommitment, presentEngagement } from '../engagements/index.ts';
import { presentAgreement, presentPartner } from '../partners/index.ts';
import type { PartnerDossier } from './partner-dossier.ts';
import type { partnerDossierSchema } from './responses.ts';

export function presentPartnerDossier(
	dossier: PartnerDossier
): z.input<typeof partnerDossierSchema> {
	return {
		...presentPartner(dossier.partner, dossier.dormant),
		agreements: dossier.agreements.map(presentAgreement),
		engagements: dossier.engagements.map(presentEngagement),
		projects: dossier.projects,
		openCommitments: dossier.openCommitments.map(presentCommitment)
	};
}
