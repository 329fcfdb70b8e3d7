import type { Actor } from './actor.ts';
import { AppError } from './errors.ts';
import type { Role } from './schema.ts';

const everyone: readonly Role[] = [
	'admin',
	'iao_officer',
	'agency_reporter',
	'executive',
	'viewer'
];

/** Which roles may do what. The one place permissions are declared. */
const grants = {
	'home.view': everyone,
	'agency.read': everyone,
	'search.use': everyone,
	'account.manage': everyone,
	'user.read': ['admin'],
	'user.manage': ['admin'],
	'apiToken.manage': ['admin'],
	'audit.read': ['admin'],
	'builtinChange.review': ['admin'],
	'plan.read': everyone,
	'project.read': everyone,
	'kpiResult.report': ['admin', 'iao_officer', 'agency_reporter'],
	'kpiResult.review': ['admin', 'iao_officer'],
	'alignment.manage': ['admin', 'iao_officer'],
	'progressReport.report': ['admin', 'iao_officer', 'agency_reporter'],
	'progressReport.review': ['admin', 'iao_officer'],
	'project.create': ['admin', 'iao_officer'],
	'project.edit': ['admin', 'iao_officer', 'agency_reporter'],
	'projectRound.read': everyone,
	'projectRound.manage': ['admin', 'iao_officer'],
	'partner.read': everyone,
	'partner.manage': ['admin', 'iao_officer'],
	'partnerContact.manage': ['admin', 'iao_officer'],
	'engagement.read': everyone,
	'engagement.manage': ['admin', 'iao_officer'],
	'commitment.update': ['admin', 'iao_officer', 'agency_reporter'],
	'knowledge.read': everyone,
	'practice.manage': ['admin', 'iao_officer'],
	'circular.send': ['admin', 'iao_officer'],
	'circular.acknowledge': ['admin', 'iao_officer', 'agency_reporter']
} satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof grants;

/** An agency-scoped subject: reporters act only for the agencies they belong to. */
export interface AgencySubject {
	agencyIds: readonly string[];
}

export function actsForAgency(actor: Actor, subject: AgencySubject): boolean {
	if (actor.roles.includes('admin') || actor.roles.includes('iao_officer')) return true;
	return subject.agencyIds.some((agencyId) => actor.agencyIds.includes(agencyId));
}

export function can(actor: Actor | null, action: Action): boolean {
	if (!actor) return false;
	const allowed: readonly Role[] = grants[action];
	return actor.roles.some((role) => allowed.includes(role));
}

/** Throws 401 for nobody and 403 for the wrong role: call it first in every page and API handler. */
export function authorize(actor: Actor | null, action: Action): asserts actor is Actor {
	if (!actor) throw new AppError('unauthenticated');
	if (!can(actor, action)) throw new AppError('forbidden', { detail: `${action} denied` });
}
