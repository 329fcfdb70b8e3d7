import { getApp } from '#lib/server/app.ts';
import { practiceFilterSchema, practiceLibrary } from '#lib/server/knowledge/index.ts';
import { can, requirePage } from '#lib/server/platform/index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'knowledge.read');
	const raw = Object.fromEntries(event.url.searchParams);
	const parsed = practiceFilterSchema.safeParse(raw);
	const filter = parsed.success ? parsed.data : {};
	const library = await practiceLibrary(getApp().database.db, filter);
	return {
		filter,
		library: {
			total: library.total,
			facets: library.facets,
			items: library.items.map((practice) => ({
				id: practice.id,
				sourceKind: practice.sourceKind,
				sourceName: practice.sourceName,
				sourceNameEn: practice.sourceNameEn,
				titleTh: practice.titleTh,
				titleEn: practice.titleEn,
				measureCategories: practice.measureCategories,
				sdgs: practice.sdgs
			}))
		},
		canManage: can(actor, 'practice.manage')
	};
};
