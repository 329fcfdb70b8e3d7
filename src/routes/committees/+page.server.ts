import { getApp } from '#lib/server/app.ts';
import { listCommittees, presentCommittees } from '#lib/server/engagements/index.ts';
import { can, requirePage, savedNotice } from '#lib/server/platform/index.ts';
import type { PageServerLoad } from './$types';

/** Every committee set up by a BMA order to carry cooperation forward, newest first. */
export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'engagement.read');
	const db = getApp().database.db;
	return {
		committees: await presentCommittees(db, await listCommittees(db)),
		notice: savedNotice(event, { committee: 'committees.saved' }),
		canManage: can(actor, 'engagement.manage')
	};
};
