import { fiscalYearOf, todayIso } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import { failFormOrPage, redirectSavedTo, requirePage } from '#lib/server/platform/index.ts';
import {
	createProject,
	parseProjectForm,
	projectFormChoices,
	projectFormValues,
	type ProjectFormValues
} from '#lib/server/projects/index.ts';
import { projectFormErrors } from '../form-errors.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'project.create');
	const values: ProjectFormValues = {
		code: '',
		titleTh: '',
		titleEn: '',
		fiscalYear: String(fiscalYearOf(todayIso())),
		startDate: '',
		endDate: '',
		budgetReceived: '',
		budgetSpent: '',
		leadAgency: '',
		supportingAgencies: [],
		responsibleUnitText: '',
		responsiblePerson: '',
		responsiblePhone: '',
		coordinator: '',
		coordinatorRole: '',
		rationaleTh: '',
		objectives: '',
		targetsTh: '',
		partnerIds: [],
		unmatchedPartnerNames: [],
		themes: '',
		status: 'planned',
		isNew: false,
		alignment: []
	};
	return { values, choices: await projectFormChoices(getApp().database.db) };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requirePage(event, 'project.create');
		const values = projectFormValues(await event.request.formData());
		let projectId: string;
		try {
			const input = parseProjectForm(values, '');
			const created = await createProject(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				input
			);
			projectId = created.id;
		} catch (caught) {
			return failFormOrPage(event, projectFormErrors(caught), values);
		}
		redirectSavedTo(`/projects/${projectId}`, 'created');
	}
};
