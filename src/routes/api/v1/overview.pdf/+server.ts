import { endpoint } from '#lib/server/api/index.ts';
import { fileResponse } from '#lib/server/documents/index.ts';
import { overviewQuerySchema, situation, situationReportPdf } from '#lib/server/overview/index.ts';

export const GET = endpoint({
	path: '/api/v1/overview.pdf',
	operationId: 'getOverviewPdf',
	summary:
		"The executive view of a fiscal year (default: the current one) as a one-page situation report PDF, counted with the caller's read scope: lang=th (default: the caller's language) or en",
	tag: 'Overview',
	permission: 'overview.read',
	query: overviewQuerySchema,
	response: { status: 200, mediaType: 'application/pdf', description: 'The PDF file' },
	async handle({ event, app, db, context, query }) {
		const found = await situation(db, context.actor, {
			fiscalYear: query.fiscalYear,
			dormantYears: app.config.SAPHAN_PARTNER_DORMANT_YEARS
		});
		const { body, fileName } = await situationReportPdf(found, query.lang ?? event.locals.locale);
		return fileResponse(body, 'application/pdf', fileName);
	}
});
