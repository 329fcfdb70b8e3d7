import { getApp } from '#lib/server/app.ts';
import { requirePage } from '#lib/server/platform/http/pages.ts';
import { can } from '#lib/server/platform/policy.ts';
import { locatedPartners } from '#lib/server/partners/repository.ts';
import { worldMap } from '#lib/server/partners/world-map.ts';
import type { PageServerLoad } from './$types';

/** Partners with a location on a world map drawn on the server: no tiles, works offline. */
export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'partner.read');
	const located = await locatedPartners(getApp().database.db, 3000);
	return {
		map: worldMap(located),
		partners: located.map(({ latitude: _lat, longitude: _lon, ...partner }) => partner),
		canManage: can(actor, 'partner.manage')
	};
};
