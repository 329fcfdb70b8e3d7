import type { Actor } from './actor.ts';
import { AppError } from './errors.ts';
import type { ReviewState } from './review/states.ts';
import type { Role } from './kinds.ts';

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
	'overview.read': everyone,
	'agency.read': everyone,
	'search.use': everyone,
	'account.manage': everyone,
	'notification.use': everyone,
	'outbox.manage': ['admin'],
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
	'calendarFeed.manage': everyone,
	'commitment.update': ['admin', 'iao_officer', 'agency_reporter'],
	'knowledge.read': everyone,
	'practice.manage': ['admin', 'iao_officer'],
	'circular.send': ['admin', 'iao_officer'],
	'circular.acknowledge': ['admin', 'iao_officer', 'agency_reporter'],
	'alert.read': everyone,
	'alert.dismiss': everyone,
	'myWork.read': everyone,
	'weeklyDigest.receive': ['executive']
} satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof grants;

/** The roles granted an action, as the API's document names them. */
export const rolesGranted = (action: Action): readonly Role[] => grants[action];

const officeWide = (actor: Actor) =>
	actor.roles.includes('admin') || actor.roles.includes('iao_officer');

/** An agency-scoped subject: reporters act only for the agencies they belong to. */
export interface AgencySubject {
	agencyIds: readonly string[];
}

export function actsForAgency(actor: Actor, subject: AgencySubject): boolean {
	if (officeWide(actor)) return true;
	return subject.agencyIds.some((agencyId) => actor.agencyIds.includes(agencyId));
}

export function can(actor: Actor | null, action: Action): boolean {
	if (!actor) return false;
	const allowed: readonly Role[] = grants[action];
	return actor.roles.some((role) => allowed.includes(role));
}

/**
 * Whose records of a kind an actor reads beyond what everyone reads: every agency's, or only
 * those of the listed agencies. Lists and search filter by it in SQL; single records are checked
 * with the `canRead…` rules below, which use the same scopes (decision 0013).
 */
export type AgencyScope = 'every' | readonly string[];

export function inScope(scope: AgencyScope, agencyIds: readonly string[]): boolean {
	return scope === 'every' || agencyIds.some((agencyId) => scope.includes(agencyId));
}

/** Circulars: the IAO, administrators and executives read all; agencies those sent to them. */
export function circularScope(actor: Actor): AgencyScope {
	if (officeWide(actor) || actor.roles.includes('executive')) return 'every';
	return actor.agencyIds;
}

export function canReadCircular(
	actor: Actor,
	circular: { recipientAgencyIds: readonly string[] }
): boolean {
	return can(actor, 'knowledge.read') && inScope(circularScope(actor), circular.recipientAgencyIds);
}

/** Submitted work is shown to every reader, marked as awaiting review; approved work is the record. */
export const sharedStates: readonly ReviewState[] = ['submitted', 'approved'];

export function isShared(state: ReviewState): boolean {
	return sharedStates.includes(state);
}

/**
 * Unsubmitted work (draft or returned) and its evidence: the IAO and administrators read all of
 * it, reporters their own agencies', nobody else any.
 */
export function unsubmittedScope(actor: Actor): AgencyScope {
	if (officeWide(actor)) return 'every';
	return actor.roles.includes('agency_reporter') ? actor.agencyIds : [];
}

/**
 * A progress report (its project's lead and supporting agencies) or a KPI result (its KPI's lead
 * agencies), with its evidence.
 */
export function canReadWork(
	actor: Actor,
	work: { state: ReviewState; agencyIds: readonly string[] }
): boolean {
	return isShared(work.state) || inScope(unsubmittedScope(actor), work.agencyIds);
}

/** Four eyes: whoever submitted a report or result does not approve or return it. */
export function reviewsOwnSubmission(actor: Actor, work: { submittedBy: string | null }): boolean {
	return actor.id !== null && work.submittedBy === actor.id;
}

/** Throws 401 for nobody and 403 for the wrong role: call it first in every page and API handler. */
export function authorize(actor: Actor | null, action: Action): asserts actor is Actor {
	if (!actor) throw new AppError('unauthenticated');
	if (!can(actor, action)) throw new AppError('forbidden', { detail: `${action} denied` });
}
