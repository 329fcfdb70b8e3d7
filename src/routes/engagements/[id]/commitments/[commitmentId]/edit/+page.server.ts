import { formatDate } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import {
	commitmentFormInput,
	commitmentFormValues,
	commitmentScopes,
	partnersOfEngagement
} from '#lib/server/engagements/index.ts';
import {
	failFormOrPage,
	listAgencyLabels,
	redirectSavedTo,
	requirePage
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';
import { commitmentOfEngagement, saveCommitmentChange } from '../commitment-of-engagement.ts';

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
			await saveCommitmentChange(event, actor, commitment.id, form, commitmentFormInput(values));
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		redirectSavedTo(`/engagements/${detail.engagement.id}`, 'commitmentChange', '#commitments');
	}
};
