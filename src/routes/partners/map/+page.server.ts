import { getApp } from '#lib/server/app.ts';
import { can, requirePage } from '#lib/server/platform/index.ts';
import { locatedPartners, worldMap } from '#lib/server/partners/index.ts';
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
