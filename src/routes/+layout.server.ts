import { can } from '#lib/server/platform/index.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => {
	const { actor } = locals;
	return {
		locale: locals.locale,
		path: url.pathname + url.search,
		actor: actor
			? { username: actor.username, displayName: actor.displayName, roles: actor.roles }
			: null,
		nav: {
			overview: can(actor, 'overview.read'),
			agencies: can(actor, 'agency.read'),
			plans: can(actor, 'plan.read'),
			projects: can(actor, 'project.read'),
			partners: can(actor, 'partner.read'),
			users: can(actor, 'user.manage'),
			audit: can(actor, 'audit.read'),
			knowledge: can(actor, 'knowledge.read')
		}
	};
};
