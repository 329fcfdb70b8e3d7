import { redirect } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { formText } from '#lib/server/platform/http/forms.ts';
import { failFormOrPage, requirePage } from '#lib/server/platform/http/pages.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { partnerKinds, partnerStatuses } from '#lib/server/partners/kinds.ts';
import { listCountries } from '#lib/server/partners/repository.ts';
import { partnerInputSchema } from '#lib/server/partners/schemas.ts';
import { createPartner } from '#lib/server/partners/write.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'partner.manage');
	const countries = await listCountries(getApp().database.db);
	return {
		choices: {
			kinds: partnerKinds,
			statuses: partnerStatuses,
			countries: countries.map((c) => ({ code: c.code, nameTh: c.nameTh, nameEn: c.nameEn }))
		}
	};
};

const coordinate = (text: string) => (text.trim() === '' ? null : Number(text));

export const actions: Actions = {
	default: async (event) => {
		const actor = requirePage(event, 'partner.manage');
		const form = await event.request.formData();
		const fields = ['kind', 'nameTh', 'nameEn', 'nameLocal', 'countryCode', 'website'] as const;
		const values = {
			...Object.fromEntries(fields.map((field) => [field, formText(form, field)])),
			latitude: formText(form, 'latitude'),
			longitude: formText(form, 'longitude'),
			descriptionTh: formText(form, 'descriptionTh'),
			status: formText(form, 'status')
		};
		let id: string;
		try {
			const input = parseInput(partnerInputSchema, {
				...values,
				latitude: coordinate(values.latitude),
				longitude: coordinate(values.longitude)
			});
			const created = await createPartner(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				input
			);
			id = created.id;
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		redirect(303, `/partners/${id}?created=1`);
	}
};
