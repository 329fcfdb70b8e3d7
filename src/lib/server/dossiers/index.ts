/** The dossiers module's entry: what other modules and the routes may use. */

export { partnerBriefingPdf } from './briefing-pdf.ts';
export { briefingQuerySchema, partnerBriefing } from './briefing.ts';
export { partnerBriefingRecords } from './briefing-records.ts';
export { partnerDossier } from './partner-dossier.ts';
export { presentPartnerDossier } from './presenters.ts';
export { partnerDossierSchema } from './responses.ts';
