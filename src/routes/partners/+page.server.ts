import { getApp } from '#lib/server/app.ts';
import { requirePage } from '#lib/server/platform/http/pages.ts';
import { can } from '#lib/server/platform/policy.ts';
import { partnerKinds, partnerStatuses, regionGroups } from '#lib/server/partners/kinds.ts';
import { presentPartner } from '#lib/server/partners/presenters.ts';
import { listPartners, partnerFilterSchema } from '#lib/server/partners/repository.ts';
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
