import { error } from '@sveltejs/kit';
import { formatDate } from '#lib/dates.ts';
import { translate } from '#lib/i18n/index.ts';
import { getApp } from '#lib/server/app.ts';
import {
	actsForAgency,
	failFormOrPage,
	formText,
	notFoundPage,
	pageId,
	redirectSavedTo,
	requirePage,
	unsubmittedScope
} from '#lib/server/platform/index.ts';
import {
	parseProjectForm,
	projectDetail,
	projectFormChoices,
	projectFormValues,
	projectFormValuesOf,
	updateProject
} from '#lib/server/projects/index.ts';
import { projectFormErrors } from '../../form-errors.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The project to edit, for someone who may edit it: the IAO, or a reporter of its agencies. */
async function editableProject(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const actor = requirePage(event, 'project.edit');
	const detail =
		(await projectDetail(getApp().database.db, pageId(event), unsubmittedScope(actor))) ??
		notFoundPage(event);
	if (!actsForAgency(actor, { agencyIds: detail.agencies.map((agency) => agency.id) })) {
		error(403, {
			message: translate(event.locals.locale, 'page.forbiddenBody'),
			code: 'forbidden'
		});
	}
	return { actor, detail };
}

export const load: PageServerLoad = async (event) => {
	const { detail } = await editableProject(event);
	const { project } = detail;
	return {
		project: {
			id: project.id,
			code: project.code,
			titleTh: project.titleTh,
			titleEn: project.titleEn,
			version: project.version
		},
		values: projectFormValuesOf(
			{
				...project,
				agencies: detail.agencies,
				partners: detail.partners,
				alignment: detail.alignment
			},
			(iso) => formatDate(iso, event.locals.locale, { style: 'short' })
		),
		choices: await projectFormChoices(getApp().database.db)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { actor, detail } = await editableProject(event);
		const form = await event.request.formData();
		const values = projectFormValues(form);
		try {
			const input = parseProjectForm(values, formText(form, 'version'), detail.alignment);
			await updateProject(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				detail.project.id,
				input
			);
		} catch (caught) {
			return failFormOrPage(event, projectFormErrors(caught), values);
		}
		redirectSavedTo(`/projects/${detail.project.id}`, 'project');
	}
};
