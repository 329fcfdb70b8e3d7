import { redirect } from '@sveltejs/kit';
import { asc } from 'drizzle-orm';
import { getApp } from '#lib/server/app.ts';
import {
	blankRow,
	engagementFormValues,
	parseEngagementForm,
	withBlankRows,
	type EngagementFormValues
} from '#lib/server/engagements/engagement-form.ts';
import { commitmentScopes, engagementKinds, outcomeKinds } from '#lib/server/engagements/kinds.ts';
import { createEngagement } from '#lib/server/engagements/use-cases.ts';
import { listAgencies } from '#lib/server/platform/agencies/repository.ts';
import { failFormOrPage, requirePage } from '#lib/server/platform/http/pages.ts';
import { listCountries } from '#lib/server/partners/repository.ts';
import { partners } from '#lib/server/partners/schema.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'engagement.manage');
	const { db } = getApp().database;
	const [partnerRows, agencyRows, countryRows] = await Promise.all([
		db
			.select({ id: partners.id, nameTh: partners.nameTh, nameEn: partners.nameEn })
			.from(partners)
			.orderBy(asc(partners.nameTh)),
		listAgencies(db),
		listCountries(db)
	]);
	const iao = agencyRows.find((agency) => agency.code === 'IAO')?.id ?? '';
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
		organisingAgencyId: iao,
		topics: '',
		summaryTh: '',
		participants: [{ ...blankRow.participants, partnerId }],
		outcomes: [],
		commitments: []
	};
	return {
		values: withBlankRows(values, 2),
		choices: {
			kinds: engagementKinds,
			outcomeKinds,
			scopes: commitmentScopes,
			partners: partnerRows,
			agencies: agencyRows.map((a) => ({
				id: a.id,
				code: a.code,
				nameTh: a.nameTh,
				nameEn: a.nameEn
			})),
			countries: countryRows.map((c) => ({ code: c.code, nameTh: c.nameTh, nameEn: c.nameEn }))
		}
	};
};

export const actions: Actions = {
	/** Shows the form again, as typed, with more blank rows: adding rows needs no script. */
	rows: async (event) => {
		requirePage(event, 'engagement.manage');
		return { values: withBlankRows(engagementFormValues(await event.request.formData()), 2) };
	},
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
		redirect(303, `/engagements/${id}?created=1`);
	}
};
