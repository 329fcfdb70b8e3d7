import { getApp } from '#lib/server/app.ts';
import { circularInbox, listCirculars } from '#lib/server/knowledge/index.ts';
import { can, circularScope, requirePage } from '#lib/server/platform/index.ts';
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
