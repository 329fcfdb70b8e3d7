import { formatDate } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import {
	engagementDetail,
	engagementFormChoices,
	engagementFormValues,
	engagementFormValuesOf,
	parseEngagementChangeForm,
	presentEngagementDetail,
	updateEngagement,
	withBlankRows
} from '#lib/server/engagements/index.ts';
import {
	failFormOrPage,
	formText,
	notFoundPage,
	pageId,
	redirectSavedTo,
	requirePage
} from '#lib/server/platform/index.ts';
import { moreRows } from '../../more-rows.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'engagement.manage');
	const db = getApp().database.db;
	const detail = (await engagementDetail(db, pageId(event))) ?? notFoundPage(event);
	const engagement = presentEngagementDetail(detail);
	return {
		engagement: { id: engagement.id, titleTh: engagement.titleTh, titleEn: engagement.titleEn },
		version: engagement.version,
		values: withBlankRows(
			engagementFormValuesOf(engagement, (iso) =>
				formatDate(iso, event.locals.locale, { style: 'short' })
			)
		),
		choices: await engagementFormChoices(db)
	};
};

export const actions: Actions = {
	rows: moreRows,
	save: async (event) => {
		const actor = requirePage(event, 'engagement.manage');
		const id = pageId(event);
		const form = await event.request.formData();
		const values = engagementFormValues(form);
		try {
			await updateEngagement(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				id,
				parseEngagementChangeForm(values, formText(form, 'version'))
			);
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		redirectSavedTo(`/engagements/${id}`, 'engagement');
	}
};
