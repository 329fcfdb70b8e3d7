import { getApp } from '#lib/server/app.ts';
import { can, requirePage } from '#lib/server/platform/index.ts';
import { regionBalance } from '#lib/server/partners/index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'partner.read');
	return {
		balance: await regionBalance(getApp().database.db),
		canManage: can(actor, 'partner.manage')
	};
};
