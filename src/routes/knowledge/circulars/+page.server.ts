import { getApp } from '#lib/server/app.ts';
import { circularInbox, listCirculars } from '#lib/server/knowledge/circulars.ts';
import { requirePage } from '#lib/server/platform/http/pages.ts';
import { can, circularScope } from '#lib/server/platform/policy.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'knowledge.read');
	const db = getApp().database.db;
	const [circulars, inbox] = await Promise.all([
		listCirculars(db, circularScope(actor)),
		circularInbox(db, actor)
	]);
	return { circulars, inbox, canSend: can(actor, 'circular.send') };
};
