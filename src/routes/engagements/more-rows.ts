import type { RequestEvent } from '@sveltejs/kit';
import { engagementFormValues, withBlankRows } from '#lib/server/engagements/index.ts';
import { requirePage } from '#lib/server/platform/index.ts';

/**
 * The engagement forms' "more rows" action: shows the form again, as typed, with more blank rows,
 * so adding rows needs no script.
 */
export async function moreRows(event: RequestEvent) {
	requirePage(event, 'engagement.manage');
	return { values: withBlankRows(engagementFormValues(await event.request.formData()), 2) };
}
