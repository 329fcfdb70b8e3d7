import { getApp } from '#lib/server/app.ts';
import {
	committeeFormValues,
	createCommittee,
	onMemberRows,
	parseCommitteeForm,
	withBlankMembers
} from '#lib/server/engagements/index.ts';
import { failFormOrPage, requirePage } from '#lib/server/platform/index.ts';
import { committeeFormData, moreMemberRows, redirectSavedCommittee } from '../committee-page.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'engagement.manage');
	const { agencies, engagement } = await committeeFormData(
		event.url.searchParams.get('engagement') ?? ''
	);
	return {
		values: withBlankMembers(
			{
				orderNumber: '',
				orderDate: '',
				titleTh: '',
				mandateTh: '',
				engagementId: engagement?.id ?? '',
				members: []
			},
			3
		),
		choices: { agencies },
		engagement
	};
};

export const actions: Actions = {
	rows: moreMemberRows,
	save: async (event) => {
		const actor = requirePage(event, 'engagement.manage');
		const values = committeeFormValues(await event.request.formData());
		let created: { id: string; engagementId: string | null };
		try {
			created = await createCommittee(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				parseCommitteeForm(values)
			);
		} catch (caught) {
			return failFormOrPage(event, onMemberRows(caught, values), values);
		}
		redirectSavedCommittee(created);
	}
};
