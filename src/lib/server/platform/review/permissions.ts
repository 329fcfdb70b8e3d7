import type { Executor } from '../../db/index.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { actsForAgency, authorize, can } from '../policy.ts';
import type { ReviewedKind, ReviewedRow } from './kind.ts';
import { reviewSteps, type ReviewStep } from './states.ts';

/** What the permission checks need of a kind. */
type Reporting<Parent> = Pick<
	ReviewedKind<unknown, Parent, ReviewedRow, unknown>,
	'actions' | 'agencyIds'
>;

/**
 * Refuses whoever may not take a step of a kind's review: 401 for nobody, 403 for a role without
 * the kind's action for it in the policy table.
 */
export function authorizeStep(
	actor: Actor | null,
	kind: Pick<Reporting<unknown>, 'actions'>,
	step: ReviewStep
) {
	authorize(actor, kind.actions[reviewSteps[step].by]);
}

/** Whether the actor reports the record: the kind's reporting role, for one of its agencies. */
export async function mayReport<Parent>(
	executor: Executor,
	kind: Reporting<Parent>,
	actor: Actor,
	parent: Parent
): Promise<boolean> {
	if (!can(actor, kind.actions.report)) return false;
	return actsForAgency(actor, { agencyIds: await kind.agencyIds(executor, parent) });
}

/** Refuses a reporting step (create, save, submit) to whoever does not report the record. */
export async function refuseUnlessReporter<Parent>(
	executor: Executor,
	kind: Reporting<Parent>,
	actor: Actor,
	parent: Parent
): Promise<void> {
	authorizeStep(actor, kind, 'save');
	if (!(await mayReport(executor, kind, actor, parent))) throw new AppError('forbidden');
}
