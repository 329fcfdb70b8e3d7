import { inArray } from 'drizzle-orm';
import { getApp } from '#lib/server/app.ts';
import { agencies } from '#lib/server/db/schema.ts';
import { homeFigures } from '#lib/server/platform/home.ts';
import { requirePage } from '#lib/server/platform/http/pages.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'home.view');
	const { db } = getApp().database;
	const ownAgencies = actor.agencyIds.length
		? await db
				.select({ code: agencies.code, nameTh: agencies.nameTh, nameEn: agencies.nameEn })
				.from(agencies)
				.where(inArray(agencies.id, actor.agencyIds))
		: [];
	return { figures: await homeFigures(db), roles: actor.roles, ownAgencies };
};
