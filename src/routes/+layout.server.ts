import { todayIso } from '#lib/dates.ts';
import { myWork } from '#lib/server/alerts/index.ts';
import { getApp } from '#lib/server/app.ts';
import { countUnreadNotifications } from '#lib/server/notifications/index.ts';
import { can } from '#lib/server/platform/index.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	const { actor } = locals;
	const work = can(actor, 'myWork.read')
		? (await myWork(getApp().database.db, actor, todayIso())).total
		: null;
	return {
		/** How many things wait for the user: the header's count, linking to my work. */
		work,
		locale: locals.locale,
		path: url.pathname + url.search,
		actor: actor
			? { username: actor.username, displayName: actor.displayName, roles: actor.roles }
			: null,
		unreadNotifications:
			actor && can(actor, 'notification.use')
				? await countUnreadNotifications(getApp().database.db, actor)
				: null,
		nav: {
			overview: can(actor, 'overview.read'),
			agencies: can(actor, 'agency.read'),
			plans: can(actor, 'plan.read'),
			projects: can(actor, 'project.read'),
			partners: can(actor, 'partner.read'),
			users: can(actor, 'user.manage'),
			audit: can(actor, 'audit.read'),
			knowledge: can(actor, 'knowledge.read'),
			alerts: can(actor, 'alert.read')
		}
	};
};
