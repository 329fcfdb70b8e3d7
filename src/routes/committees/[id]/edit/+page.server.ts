import { formatDate } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import {
	committeeFormValues,
	committeeFormValuesOf,
	findCommittee,
	onMemberRows,
	parseCommitteeForm,
	updateCommittee,
	withBlankMembers
} from '#lib/server/engagements/index.ts';
import {
	failFormOrPage,
	formText,
	notFoundPage,
	pageId,
	requirePage
} from '#lib/server/platform/index.ts';
import { committeeFormData, moreMemberRows, redirectSavedCommittee } from '../../committee-page.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'engagement.manage');
	const db = getApp().database.db;
	const { committee } = (await findCommittee(db, pageId(event))) ?? notFoundPage(event);
	const { agencies, engagement } = await committeeFormData(committee.engagementId ?? '');
	return {
		committee: { id: committee.id, orderNumber: committee.orderNumber, titleTh: committee.titleTh },
		version: committee.version,
		values: withBlankMembers(
			committeeFormValuesOf(committee, (iso) =>
				formatDate(iso, event.locals.locale, { style: 'short' })
			),
			1
		),
		choices: { agencies },
		engagement
	};
};

export const actions: Actions = {
	rows: moreMemberRows,
	save: async (event) => {
		const actor = requirePage(event, 'engagement.manage');
		const form = await event.request.formData();
		const values = committeeFormValues(form);
		let updated: { id: string; engagementId: string | null };
		try {
			updated = await updateCommittee(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				pageId(event),
				parseCommitteeForm(values, formText(form, 'version'))
			);
		} catch (caught) {
			return failFormOrPage(event, onMemberRows(caught, values), values);
		}
		redirectSavedCommittee(updated);
	}
};
