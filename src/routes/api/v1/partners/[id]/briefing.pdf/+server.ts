import { endpoint } from '#lib/server/api/index.ts';
import { fileResponse } from '#lib/server/documents/index.ts';
import { briefingQuerySchema, partnerBriefingPdf } from '#lib/server/dossiers/index.ts';

export const GET = endpoint({
	path: '/api/v1/partners/{id}/briefing.pdf',
	operationId: 'getPartnerBriefingPdf',
	summary:
		"The partner's one-page executive briefing (its facts, agreements, latest engagements, open commitments and projects) as a PDF: lang=th (default: the caller's language) or en",
	tag: 'Partners',
	permission: 'partner.read',
	query: briefingQuerySchema,
	response: { status: 200, mediaType: 'application/pdf', description: 'The PDF file' },
	async handle({ event, app, db, params, query }) {
		const { body, fileName } = await partnerBriefingPdf(db, params.id, {
			locale: query.lang ?? event.locals.locale,
			dormantYears: app.config.SAPHAN_PARTNER_DORMANT_YEARS
		});
		return fileResponse(body, 'application/pdf', fileName);
	}
});
