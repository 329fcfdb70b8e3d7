import { getApp } from '#lib/server/app.ts';
import { can, requirePage } from '#lib/server/platform/index.ts';
import {
	listPartners,
	partnerFilterSchema,
	partnerKinds,
	partnerStatuses,
	presentPartner,
	regionGroups
} from '#lib/server/partners/index.ts';
import type { PageServerLoad } from './$types';

const pageSize = 50;

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'partner.read');
	const app = getApp();
	const params = Object.fromEntries(event.url.searchParams);
	const parsed = partnerFilterSchema.safeParse({ ...params, pageSize });
	const filter = parsed.success ? parsed.data : partnerFilterSchema.parse({ pageSize });
	const years = app.config.SAPHAN_PARTNER_DORMANT_YEARS;
	const { items, total } = await listPartners(app.database.db, filter, years);
	const link = (page: number) => {
		const query = new URLSearchParams(event.url.searchParams);
		query.set('page', String(page));
		return `?${query}`;
	};
	const pages = Math.max(1, Math.ceil(total / pageSize));
	return {
		invalidQuery: !parsed.success,
		filter: {
			q: filter.q ?? '',
			kind: filter.kind ?? '',
			region: filter.region ?? '',
			status: filter.status ?? ''
		},
		choices: { kinds: partnerKinds, regions: regionGroups, statuses: partnerStatuses },
		dormantYears: years,
		partners: items.map((p) => presentPartner(p, p.dormant)),
		total,
		page: filter.page,
		pages,
		previous: filter.page > 1 ? link(filter.page - 1) : null,
		next: filter.page < pages ? link(filter.page + 1) : null,
		canManage: can(actor, 'partner.manage')
	};
};
