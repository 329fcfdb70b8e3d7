import { isNotNull, and, asc, eq } from 'drizzle-orm';
import { getApp } from '#lib/server/app.ts';
import { requirePage } from '#lib/server/platform/http/pages.ts';
import { can } from '#lib/server/platform/policy.ts';
import { countries, partners } from '#lib/server/partners/schema.ts';
import { worldMap } from '#lib/server/partners/world-map.ts';
import type { PageServerLoad } from './$types';

/** Partners with a location on a world map drawn on the server: no tiles, works offline. */
export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'partner.read');
	const rows = await getApp()
		.database.db.select({
			id: partners.id,
			nameTh: partners.nameTh,
			nameEn: partners.nameEn,
			status: partners.status,
			latitude: partners.latitude,
			longitude: partners.longitude,
			countryTh: countries.nameTh,
			countryEn: countries.nameEn
		})
		.from(partners)
		.leftJoin(countries, eq(countries.code, partners.countryCode))
		.where(and(isNotNull(partners.latitude), isNotNull(partners.longitude)))
		.orderBy(asc(countries.nameTh), asc(partners.nameTh))
		.limit(3000);
	const located = rows.map((row) => ({
		...row,
		latitude: row.latitude ?? 0,
		longitude: row.longitude ?? 0
	}));
	return {
		map: worldMap(located),
		partners: located.map(({ latitude: _lat, longitude: _lon, ...partner }) => partner),
		canManage: can(actor, 'partner.manage')
	};
};
