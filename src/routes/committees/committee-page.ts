import type { RequestEvent } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	committeeFormValues,
	engagementHeading,
	withBlankMembers
} from '#lib/server/engagements/index.ts';
import {
	isId,
	listAgencyLabels,
	redirectSavedTo,
	requirePage
} from '#lib/server/platform/index.ts';

/** What the committee form offers and shows: the agencies, and the engagement it belongs to. */
export async function committeeFormData(engagementId: string) {
	const db = getApp().database.db;
	const [agencyRows, engagement] = await Promise.all([
		listAgencyLabels(db),
		isId(engagementId) ? engagementHeading(db, engagementId) : undefined
	]);
	return {
		agencies: agencyRows,
		engagement: engagement ?? null
	};
}

/** Goes on to where a saved committee is shown: its engagement's page, or the list of committees. */
export const redirectSavedCommittee = (committee: { id: string; engagementId: string | null }) =>
	committee.engagementId
		? redirectSavedTo(`/engagements/${committee.engagementId}`, 'committee', '#committees')
		: redirectSavedTo('/committees', 'committee', `#committee-${committee.id}`);

/** The committee forms' "more rows" action: the form again, as typed, with more member rows. */
export async function moreMemberRows(event: RequestEvent) {
	requirePage(event, 'engagement.manage');
	return { values: withBlankMembers(committeeFormValues(await event.request.formData())) };
}
