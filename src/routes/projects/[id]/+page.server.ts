import { getApp } from '#lib/server/app.ts';
import { presentCommitment, projectCommitments } from '#lib/server/engagements/index.ts';
import {
	type Actor,
	actsForAgency,
	AppError,
	can,
	failFormOrPage,
	formText,
	formVersion,
	integerParam,
	mayReport,
	notFoundPage,
	pageId,
	parseInput,
	redirectSaved,
	requirePage,
	reviewsOwnSubmission,
	savedNotice,
	unsubmittedScope
} from '#lib/server/platform/index.ts';
import {
	presentProject,
	progressReportReview,
	progressReportReviewSchema,
	projectAgencyIds,
	projectDetail,
	type ProjectRow,
	projectStatuses,
	reviewProgressReport,
	saveProgressReport
} from '#lib/server/projects/index.ts';
import { parseReportForm, reportFormValues } from './report-form.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** What the actor may do on this project: report and edit for its agencies, review as the IAO. */
async function permissions(actor: Actor, project: ProjectRow) {
	const { db } = getApp().database;
	const own = actsForAgency(actor, { agencyIds: await projectAgencyIds(db, project.id) });
	return {
		report: await mayReport(db, progressReportReview, actor, project),
		review: can(actor, 'progressReport.review'),
		edit: can(actor, 'project.edit') && own
	};
}

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'project.read');
	const detail =
		(await projectDetail(getApp().database.db, pageId(event), unsubmittedScope(actor))) ??
		notFoundPage(event);
	const pending = detail.reports.find((report) => report.state === 'submitted');
	const may = await permissions(actor, detail.project);
	const ownSubmission = pending !== undefined && reviewsOwnSubmission(actor, pending);
	return {
		project: presentProject(detail),
		/** The commitments of meetings and visits that lead to this project. */
		commitments: can(actor, 'engagement.read')
			? (await projectCommitments(getApp().database.db, detail.project.id)).map(presentCommitment)
			: null,
		may: { ...may, review: may.review && !ownSubmission },
		ownSubmission: may.review && ownSubmission,
		statuses: projectStatuses,
		/** The project itself was registered, or changed on its edit page. */
		projectNotice: savedNotice(event, {
			created: 'projects.projectCreated',
			project: 'projects.projectSaved'
		}),
		notice: savedNotice(event, {
			reportSaved: 'projects.reportSaved',
			reportSubmitted: 'projects.reportSubmitted',
			reportApproved: 'projects.reportApproved',
			reportReturned: 'projects.reportReturned'
		})
	};
};

const changeContext = (event: RequestEvent, actor: Actor) => ({
	actor,
	requestId: event.locals.requestId
});

async function report(event: RequestEvent, send: boolean) {
	const actor = requirePage(event, 'progressReport.report');
	const projectId = pageId(event);
	const form = await event.request.formData();
	const values = reportFormValues(form);
	const { db } = getApp().database;
	try {
		const input = parseReportForm(values, formText(form, 'version'));
		await saveProgressReport(db, changeContext(event, actor), projectId, input, { submit: send });
	} catch (caught) {
		return failFormOrPage(event, caught, values);
	}
	redirectSaved(event, send ? 'reportSubmitted' : 'reportSaved', '#report');
}

async function review(event: RequestEvent, decision: 'approve' | 'return') {
	const actor = requirePage(event, 'progressReport.review');
	const projectId = pageId(event);
	const form = await event.request.formData();
	const values = { comment: formText(form, 'comment') };
	try {
		const input = parseInput(progressReportReviewSchema, {
			version: formVersion(formText(form, 'version')),
			decision,
			comment: values.comment.trim() || undefined
		});
		const sequence = integerParam(1).safeParse(formText(form, 'sequence'));
		if (!sequence.success) throw new AppError('not_found');
		await reviewProgressReport(
			getApp().database.db,
			changeContext(event, actor),
			projectId,
			sequence.data,
			input
		);
	} catch (caught) {
		return failFormOrPage(event, caught, values);
	}
	redirectSaved(event, decision === 'approve' ? 'reportApproved' : 'reportReturned', '#report');
}

export const actions: Actions = {
	saveReport: (event) => report(event, false),
	submitReport: (event) => report(event, true),
	approve: (event) => review(event, 'approve'),
	return: (event) => review(event, 'return')
};
