import { getApp } from '#lib/server/app.ts';
import { listCommittees, presentCommittees } from '#lib/server/engagements/committees.ts';
import { requirePage } from '#lib/server/platform/http/pages.ts';
import { can } from '#lib/server/platform/policy.ts';
import type { PageServerLoad } from './$types';

/** Every committee set up by a BMA order to carry cooperation forward, newest first. */
export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'engagement.read');
	const db = getApp().database.db;
	return {
		committees: await presentCommittees(db, await listCommittees(db)),
		saved: event.url.searchParams.get('saved'),
		canManage: can(actor, 'engagement.manage')
	};
};
