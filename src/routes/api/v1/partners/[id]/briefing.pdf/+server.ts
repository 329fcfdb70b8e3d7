import { endpoint } from '#lib/server/api/index.ts';
import { fileResponse } from '#lib/server/documents/index.ts';
import { briefingQuerySchema, partnerBriefingPdf } from '#lib/server/dossiers/index.ts';

export const GET = endpoint({
	path: '/api/v1/partners/{id}/briefing.pdf',
	operationId: 'getPartnerBriefingPdf',
	summary:
		"The partner's executive briefing as a PDF of one or two pages: its facts, upcoming engagements, agreements, what was presented and agreed at the latest engagements, open commitments with their status, linked projects, and its contact persons for those who may see them (their printing is audited); lang=th (default: the caller's language) or en",
	tag: 'Partners',
	permission: 'partner.read',
	query: briefingQuerySchema,
	response: { status: 200, mediaType: 'application/pdf', description: 'The PDF file' },
	async handle({ event, app, db, context, params, query }) {
		const { body, fileName } = await partnerBriefingPdf(db, context, params.id, {
			locale: query.lang ?? event.locals.locale,
			dormantYears: app.config.SAPHAN_PARTNER_DORMANT_YEARS
		});
		return fileResponse(body, 'application/pdf', fileName);
	}
});
