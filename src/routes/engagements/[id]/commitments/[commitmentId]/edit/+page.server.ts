import { formatDate } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import {
	commitmentChangeSchema,
	commitmentFormInput,
	commitmentFormValues,
	commitmentScopes,
	engagementDetail,
	partnersOfEngagement,
	updateCommitment
} from '#lib/server/engagements/index.ts';
import {
	failFormOrPage,
	formText,
	formVersion,
	listAgencyLabels,
	notFoundPage,
	pageId,
	parseInput,
	redirectSavedTo,
	requirePage
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The commitment to change, found among the commitments of the engagement in the address. */
async function commitmentOfEngagement(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const engagementId = pageId(event);
	const commitmentId = pageId(event, 'commitmentId');
	const detail =
		(await engagementDetail(getApp().database.db, engagementId)) ?? notFoundPage(event);
	const commitment =
		detail.commitments.find((row) => row.id === commitmentId) ?? notFoundPage(event);
	return { detail, commitment };
}

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'engagement.manage');
	const { detail, commitment } = await commitmentOfEngagement(event);
	const { engagement } = detail;
	/** The engagement's partners, and any the commitment names already. */
	const partners = new Map(
		[...partnersOfEngagement(detail), ...commitment.partners].map((p) => [p.id, p])
	);
	return {
		engagement: { id: engagement.id, titleTh: engagement.titleTh, titleEn: engagement.titleEn },
		commitmentId: commitment.id,
		version: commitment.version,
		values: {
			titleTh: commitment.titleTh,
			titleEn: commitment.titleEn ?? '',
			descriptionTh: commitment.descriptionTh ?? '',
			scope: commitment.scope,
			dueOn: commitment.dueOn
				? formatDate(commitment.dueOn, event.locals.locale, { style: 'short' })
				: '',
			projectId: commitment.projectId ?? '',
			agencyIds: commitment.agencies.map((agency) => agency.id),
			partnerIds: commitment.partners.map((partner) => partner.id)
		},
		choices: {
			scopes: commitmentScopes,
			agencies: await listAgencyLabels(getApp().database.db),
			partners: [...partners.values()]
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requirePage(event, 'engagement.manage');
		const { detail, commitment } = await commitmentOfEngagement(event);
		const form = await event.request.formData();
		const values = commitmentFormValues(form);
		try {
			await updateCommitment(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				commitment.id,
				parseInput(commitmentChangeSchema, {
					...commitmentFormInput(values),
					version: formVersion(formText(form, 'version'))
				})
			);
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		redirectSavedTo(`/engagements/${detail.engagement.id}`, 'commitmentChange', '#commitments');
	}
};
