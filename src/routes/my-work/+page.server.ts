import { todayIso } from '#lib/dates.ts';
import { myWork, presentMyWork, workSections } from '#lib/server/alerts/index.ts';
import { getApp } from '#lib/server/app.ts';
import { requirePage } from '#lib/server/platform/index.ts';
import type { PageServerLoad } from './$types';

/** What waits for the signed-in user, by section. */
export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'myWork.read');
	const work = await myWork(getApp().database.db, actor, todayIso());
	return { work: presentMyWork(work), sections: workSections };
};
