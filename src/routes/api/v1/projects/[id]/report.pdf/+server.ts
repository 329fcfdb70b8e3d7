import { endpoint } from '#lib/server/api/index.ts';
import { fileResponse } from '#lib/server/documents/index.ts';
import { unsubmittedScope } from '#lib/server/platform/index.ts';
import {
	officialReportOptions,
	officialReportPdf,
	officialReportQuerySchema
} from '#lib/server/projects/index.ts';

export const GET = endpoint({
	path: '/api/v1/projects/{id}/report.pdf',
	operationId: 'getProjectReportPdf',
	summary:
		"The project's official progress report (the form's sections 1.1–1.6 and its approved reports) as a PDF: lang=th (default: the caller's language) or en, digits=thai for Thai digits",
	tag: 'Projects',
	permission: 'project.read',
	query: officialReportQuerySchema,
	response: { status: 200, mediaType: 'application/pdf', description: 'The PDF file' },
	async handle({ event, db, actor, params, query }) {
		const { body, fileName } = await officialReportPdf(
			db,
			params.id,
			unsubmittedScope(actor),
			officialReportOptions(query, event.locals.locale)
		);
		return fileResponse(body, 'application/pdf', fileName);
	}
});
