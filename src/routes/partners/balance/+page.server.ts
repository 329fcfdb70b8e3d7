import { getApp } from '#lib/server/app.ts';
import { requirePage } from '#lib/server/platform/http/pages.ts';
import { can } from '#lib/server/platform/policy.ts';
import { regionBalance } from '#lib/server/partners/balance.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'partner.read');
	return {
		balance: await regionBalance(getApp().database.db),
		canManage: can(actor, 'partner.manage')
	};
};
