import { getApp } from '#lib/server/app.ts';
import { practiceDetail } from '#lib/server/knowledge/index.ts';
import {
	circularScope,
	notFoundPage,
	pageId,
	requirePage,
	savedNotice
} from '#lib/server/platform/index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'knowledge.read');
	const detail =
		(await practiceDetail(getApp().database.db, pageId(event), circularScope(actor))) ??
		notFoundPage(event);
	return {
		practice: { ...detail.practice, createdAt: undefined, updatedAt: undefined },
		partner: detail.partner,
		carriedBy: detail.carriedBy,
		notice: savedNotice(event, { created: 'practice.created' })
	};
};
