import type { RequestEvent } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	committeeFormValues,
	engagementHeading,
	withBlankMembers
} from '#lib/server/engagements/index.ts';
import { isId, listAgencyLabels, requirePage } from '#lib/server/platform/index.ts';

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

/** Where a saved committee is shown: on its engagement's page, or in the list of committees. */
export const committeeSavedAt = (committee: { id: string; engagementId: string | null }) =>
	committee.engagementId
		? `/engagements/${committee.engagementId}?saved=committee#committees`
		: `/committees?saved=${committee.id}#committee-${committee.id}`;

/** The committee forms' "more rows" action: the form again, as typed, with more member rows. */
export async function moreMemberRows(event: RequestEvent) {
	requirePage(event, 'engagement.manage');
	return { values: withBlankMembers(committeeFormValues(await event.request.formData())) };
}
