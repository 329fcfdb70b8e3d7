import { chosenFiscalYear, fiscalYearsBetween } from '#lib/components/fiscal-years.ts';
import { fiscalYearOf, todayIso } from '#lib/dates.ts';
import type { MessageKey } from '#lib/i18n/index.ts';
import { getApp } from '#lib/server/app.ts';
import {
	type Actor,
	AppError,
	attachmentField,
	can,
	checkFiles,
	failFormOrPage,
	fileFieldSettings,
	formFiles,
	formText,
	formVersion,
	idParam,
	integerParam,
	listAgencies,
	mayReport,
	notFoundPage,
	pageId,
	parseInput,
	presentAttachment,
	redirectSaved,
	requirePage,
	reviewsOwnSubmission,
	savedNotice,
	unsubmittedScope
} from '#lib/server/platform/index.ts';
import {
	kpiDetail,
	kpiResultReview,
	kpiResultReviewSchema,
	removeResultAttachment,
	reviewKpiResult,
	saveKpiResult
} from '#lib/server/plans/index.ts';
import { planHeading } from '../../plans/load-plan.ts';
import { parseResultForm, resultFormValues } from './result-form.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'plan.read');
	const { db } = getApp().database;
	const detail =
		(await kpiDetail(db, pageId(event), unsubmittedScope(actor))) ?? notFoundPage(event);
	const { kpi, element, plan } = detail;
	const results = detail.results.map((result) => ({
		fiscalYear: result.fiscalYear,
		value: result.value,
		evidenceTh: result.evidenceTh,
		evidenceLinks: result.evidenceLinks,
		state: result.status,
		kpiStatus: result.kpiStatus,
		enteredByName: result.enteredByName,
		submittedAt: result.submittedAt,
		reviewedByName: result.reviewedByName,
		reviewedAt: result.reviewedAt,
		reviewComment: result.reviewComment,
		ownSubmission: reviewsOwnSubmission(actor, result),
		attachments: result.attachments.map(presentAttachment),
		version: result.version
	}));
	const agencyNames = detail.projects.length
		? new Map((await listAgencies(db)).map((agency) => [agency.id, agency]))
		: new Map();
	const namesOf = (ids: string[]) =>
		ids.flatMap((id) => {
			const agency = agencyNames.get(id);
			return agency ? [{ code: agency.code, nameTh: agency.nameTh, nameEn: agency.nameEn }] : [];
		});
	const years = fiscalYearsBetween(plan.fiscalYearStart, plan.fiscalYearEnd);
	const fiscalYear = chosenFiscalYear(
		event.url.searchParams.get('fiscalYear'),
		years,
		fiscalYearOf(todayIso())
	);
	return {
		kpi: {
			id: kpi.id,
			code: kpi.code,
			kind: kpi.kind,
			titleTh: kpi.titleTh,
			titleEn: kpi.titleEn,
			unitTh: kpi.unitTh,
			unitEn: kpi.unitEn,
			direction: kpi.direction,
			notesTh: kpi.notesTh,
			notesEn: kpi.notesEn
		},
		element: {
			id: element.id,
			kind: element.kind,
			code: element.code,
			titleTh: element.titleTh,
			titleEn: element.titleEn
		},
		plan: planHeading(plan),
		levels: detail.levels.map(({ level, rubricTh, rubricEn }) => ({ level, rubricTh, rubricEn })),
		years: years.map((year) => {
			const target = detail.targets.find((row) => row.fiscalYear === year);
			return {
				fiscalYear: year,
				target: target?.value ?? null,
				noteTh: target?.noteTh ?? null,
				noteEn: target?.noteEn ?? null,
				result: results.find((result) => result.fiscalYear === year) ?? null
			};
		}),
		agencies: detail.agencies,
		projects: detail.projects.map((project) => ({
			id: project.id,
			titleTh: project.titleTh,
			titleEn: project.titleEn,
			isNew: project.isNew,
			lead: namesOf(project.leadAgencyIds),
			supporting: namesOf(project.supportingAgencyIds)
		})),
		fiscalYear,
		files: fileFieldSettings,
		may: {
			report: await mayReport(db, kpiResultReview, actor, detail),
			review: can(actor, 'kpiResult.review')
		},
		notice: savedNotice(event, notices)
	};
};

/** What each form of the page has done, for the notice after it redirects. */
const notices = {
	saved: 'kpis.saved',
	submitted: 'kpis.submitted',
	approved: 'kpis.approved',
	returned: 'kpis.returned',
	fileRemoved: 'attachments.removed'
} as const satisfies Record<string, MessageKey>;

function changeContext(event: RequestEvent, actor: Actor) {
	return { actor, requestId: event.locals.requestId };
}

async function report(event: RequestEvent, send: boolean) {
	const actor = requirePage(event, 'kpiResult.report');
	const kpiId = pageId(event);
	const form = await event.request.formData();
	const values = resultFormValues(form);
	const app = getApp();
	const { db } = app.database;
	try {
		const input = parseResultForm(values, formText(form, 'version'));
		const files = await checkFiles(formFiles(form, attachmentField));
		await saveKpiResult(db, changeContext(event, actor), kpiId, input, {
			evidence: { files, storageDir: app.filesDir },
			submit: send
		});
	} catch (caught) {
		return failFormOrPage(event, caught, values);
	}
	redirectSaved(event, send ? 'submitted' : 'saved', '#report');
}

async function review(event: RequestEvent, decision: 'approve' | 'return') {
	const actor = requirePage(event, 'kpiResult.review');
	const kpiId = pageId(event);
	const form = await event.request.formData();
	const values = { comment: formText(form, 'comment') };
	try {
		const fiscalYear = integerParam(2500, 2700).safeParse(formText(form, 'fiscalYear'));
		if (!fiscalYear.success) throw new AppError('not_found');
		const input = parseInput(kpiResultReviewSchema, {
			version: formVersion(formText(form, 'version')),
			decision,
			comment: values.comment.trim() || undefined
		});
		await reviewKpiResult(
			getApp().database.db,
			changeContext(event, actor),
			kpiId,
			fiscalYear.data,
			input
		);
	} catch (caught) {
		return failFormOrPage(event, caught, values);
	}
	redirectSaved(event, decision === 'approve' ? 'approved' : 'returned', '#report');
}

async function removeFile(event: RequestEvent) {
	const actor = requirePage(event, 'kpiResult.report');
	const kpiId = pageId(event);
	const form = await event.request.formData();
	const app = getApp();
	try {
		await removeResultAttachment(
			app.database.db,
			changeContext(event, actor),
			kpiId,
			idParam(formText(form, 'attachment')),
			app.filesDir
		);
	} catch (caught) {
		return failFormOrPage(event, caught);
	}
	redirectSaved(event, 'fileRemoved', '#report');
}

export const actions: Actions = {
	save: (event) => report(event, false),
	submit: (event) => report(event, true),
	approve: (event) => review(event, 'approve'),
	return: (event) => review(event, 'return'),
	removeAttachment: removeFile
};
