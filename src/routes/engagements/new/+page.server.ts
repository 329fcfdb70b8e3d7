import { redirect } from '@sveltejs/kit';
import { asc } from 'drizzle-orm';
import { getApp } from '#lib/server/app.ts';
import { commitmentScopes, engagementKinds, outcomeKinds } from '#lib/server/engagements/kinds.ts';
import { engagementInputSchema } from '#lib/server/engagements/schemas.ts';
import { createEngagement } from '#lib/server/engagements/use-cases.ts';
import { listAgencies } from '#lib/server/platform/agencies/repository.ts';
import { formText } from '#lib/server/platform/http/forms.ts';
import { failFormOrPage, requirePage } from '#lib/server/platform/http/pages.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { listCountries } from '#lib/server/partners/repository.ts';
import { partners } from '#lib/server/partners/schema.ts';
import { dateInput } from '../../partners/date-input.ts';
import type { Actions, PageServerLoad } from './$types';

const fieldNames = [
	'kind',
	'titleTh',
	'titleEn',
	'startsOn',
	'endsOn',
	'venue',
	'city',
	'countryCode',
	'organisingAgencyId',
	'topics',
	'summaryTh',
	'partnerId',
	'headcount',
	'presentationTh',
	'outcomeKind',
	'outcomeTitleTh',
	'commitmentTitleTh',
	'commitmentScope',
	'commitmentAgencyId',
	'commitmentDueOn'
] as const;

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
	return {
		partnerId: event.url.searchParams.get('partner') ?? '',
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

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export const actions: Actions = {
	default: async (event) => {
		const actor = requirePage(event, 'engagement.manage');
		const form = await event.request.formData();
		const values = Object.fromEntries(fieldNames.map((f) => [f, formText(form, f)])) as Record<
			(typeof fieldNames)[number],
			string
		>;
		let id: string;
		try {
			const input = parseInput(engagementInputSchema, {
				kind: values.kind,
				titleTh: values.titleTh,
				titleEn: values.titleEn,
				startsOn: dateInput(values.startsOn),
				endsOn: dateInput(values.endsOn || values.startsOn),
				venue: values.venue,
				city: values.city,
				countryCode: values.countryCode,
				organisingAgencyId: orNull(values.organisingAgencyId),
				topics: values.topics
					.split('\n')
					.map((topic) => topic.trim())
					.filter(Boolean),
				summaryTh: values.summaryTh,
				participants: values.partnerId
					? [
							{
								partnerId: values.partnerId,
								headcount: values.headcount ? Number(values.headcount) : null,
								presentationTh: values.presentationTh
							}
						]
					: [],
				outcomes: values.outcomeTitleTh
					? [{ kind: values.outcomeKind, titleTh: values.outcomeTitleTh }]
					: [],
				commitments: values.commitmentTitleTh
					? [
							{
								titleTh: values.commitmentTitleTh,
								scope: values.commitmentScope,
								agencyIds: values.commitmentAgencyId ? [values.commitmentAgencyId] : [],
								partnerIds: values.partnerId ? [values.partnerId] : [],
								dueOn: dateInput(values.commitmentDueOn)
							}
						]
					: []
			});
			id = await createEngagement(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				input
			);
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		redirect(303, `/engagements/${id}?created=1`);
	}
};
