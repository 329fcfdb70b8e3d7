import { getApp } from '#lib/server/app.ts';
import { listAgencyRegister } from '#lib/server/platform/agencies/repository.ts';
import { requirePage } from '#lib/server/platform/http/pages.ts';
import { agencyKinds } from '#lib/server/platform/kinds.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'agency.read');
	const { searchParams } = event.url;
	const kind = agencyKinds.find((known) => known === searchParams.get('kind'));
	const q = (searchParams.get('q') ?? '').trim();
	return {
		kinds: agencyKinds,
		filter: { kind: kind ?? '', q },
		agencies: await listAgencyRegister(getApp().database.db, { kind, q })
	};
};
