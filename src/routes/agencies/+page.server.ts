import { getApp } from '#lib/server/app.ts';
import { agencyKinds, listAgencyRegister, requirePage } from '#lib/server/platform/index.ts';
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
