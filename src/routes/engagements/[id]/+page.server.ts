import { getApp } from '#lib/server/app.ts';
import { presentEngagementDetail } from '#lib/server/engagements/presenters.ts';
import { engagementDetail } from '#lib/server/engagements/repository.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { notFoundPage, requirePage } from '#lib/server/platform/http/pages.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'engagement.read');
	let id: string;
	try {
		id = idParam(event.params.id);
	} catch {
		notFoundPage(event);
	}
	const detail = await engagementDetail(getApp().database.db, id);
	if (!detail) notFoundPage(event);
	return {
		engagement: presentEngagementDetail(detail),
		created: event.url.searchParams.has('created')
	};
};
