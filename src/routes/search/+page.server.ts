import { getApp } from '#lib/server/app.ts';
import { listAgencyRegister } from '#lib/server/platform/agencies/repository.ts';
import { requirePage } from '#lib/server/platform/http/pages.ts';
import type { PageServerLoad } from './$types';

/** Until the search module exists, searching means searching the agency register. */
export const load: PageServerLoad = async (event) => {
	requirePage(event, 'search.use');
	const q = (event.url.searchParams.get('q') ?? '').trim();
	return { q, agencies: q ? await listAgencyRegister(getApp().database.db, { q }) : [] };
};
