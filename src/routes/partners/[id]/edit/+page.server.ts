import { getApp } from '#lib/server/app.ts';
import {
	failFormOrPage,
	formText,
	notFoundPage,
	pageId,
	redirectSavedTo,
	requirePage
} from '#lib/server/platform/index.ts';
import {
	findPartner,
	parsePartnerForm,
	partnerFormChoices,
	partnerFormValues,
	partnerFormValuesOf,
	updatePartner
} from '#lib/server/partners/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'partner.manage');
	const db = getApp().database.db;
	const partner = (await findPartner(db, pageId(event))) ?? notFoundPage(event);
	return {
		partner: { id: partner.id, nameTh: partner.nameTh, nameEn: partner.nameEn },
		version: partner.version,
		values: partnerFormValuesOf(partner),
		choices: await partnerFormChoices(db)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requirePage(event, 'partner.manage');
		const id = pageId(event);
		const form = await event.request.formData();
		const values = partnerFormValues(form);
		try {
			await updatePartner(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				id,
				parsePartnerForm(values, formText(form, 'version'))
			);
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		redirectSavedTo(`/partners/${id}`, 'partner');
	}
};
