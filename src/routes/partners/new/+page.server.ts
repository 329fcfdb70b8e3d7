import { getApp } from '#lib/server/app.ts';
import { failFormOrPage, redirectSavedTo, requirePage } from '#lib/server/platform/index.ts';
import {
	blankPartnerForm,
	createPartner,
	parsePartnerForm,
	partnerFormChoices,
	partnerFormValues
} from '#lib/server/partners/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'partner.manage');
	return {
		values: blankPartnerForm,
		choices: await partnerFormChoices(getApp().database.db)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requirePage(event, 'partner.manage');
		const values = partnerFormValues(await event.request.formData());
		let id: string;
		try {
			const created = await createPartner(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				parsePartnerForm(values)
			);
			id = created.id;
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		redirectSavedTo(`/partners/${id}`, 'created');
	}
};
