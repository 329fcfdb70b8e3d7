import { getApp } from '#lib/server/app.ts';
import {
	createEngagement,
	engagementFormChoices,
	engagementFormValues,
	type EngagementFormValues,
	parseEngagementForm,
	rowGroups,
	withBlankRows
} from '#lib/server/engagements/index.ts';
import { failFormOrPage, redirectSavedTo, requirePage } from '#lib/server/platform/index.ts';
import { moreRows } from '../more-rows.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'engagement.manage');
	const choices = await engagementFormChoices(getApp().database.db);
	const iao = choices.agencies.find((agency) => agency.code === 'IAO')?.id ?? '';
	const partnerId = event.url.searchParams.get('partner') ?? '';
	const values: EngagementFormValues = {
		kind: 'visit_in',
		titleTh: '',
		titleEn: '',
		startsOn: '',
		endsOn: '',
		venue: '',
		city: '',
		countryCode: 'TH',
		hostPartnerId: '',
		organisingAgencyId: iao,
		themeTh: '',
		topics: '',
		summaryTh: '',
		projectId: '',
		participants: [{ ...rowGroups.participants.blank, partnerId }],
		outcomes: [],
		commitments: []
	};
	return { values: withBlankRows(values, 2), choices };
};

export const actions: Actions = {
	rows: moreRows,
	save: async (event) => {
		const actor = requirePage(event, 'engagement.manage');
		const values = engagementFormValues(await event.request.formData());
		let id: string;
		try {
			id = await createEngagement(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				parseEngagementForm(values)
			);
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		redirectSavedTo(`/engagements/${id}`, 'created');
	}
};
