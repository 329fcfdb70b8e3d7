import type { Tx } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { recordAudit } from '../audit/record.ts';
import { AppError } from '../errors.ts';
import type { Place, ReviewedKind, ReviewedRow, ReviewMarks } from './kind.ts';
import { refuseUnlessReporter } from './permissions.ts';
import { reviewSteps, type ReviewStep } from './states.ts';

/** A step under way: its transaction, who takes it, and the kind of record it is taken on. */
export interface StepRun<Key, Parent, Work extends ReviewedRow, Values> {
	tx: Tx;
	context: ChangeContext;
	kind: ReviewedKind<Key, Parent, Work, Values>;
}

/** The record a key names belongs to; `not_found` when there is none. */
export async function findParent<Key, Parent>(
	{ tx, kind }: StepRun<Key, Parent, ReviewedRow, unknown>,
	key: Key
): Promise<Parent> {
	const parent = await kind.parent(tx, key);
	if (parent === null) throw new AppError('not_found');
	return parent;
}

/**
 * Finds a record for a reporting step: its parent (`not_found` without one), the actor's right to
 * report it (`forbidden`), then the record itself, locked; null when a save is to make it.
 */
export async function openForReporter<Key, Parent, Work extends ReviewedRow, Values>(
	run: StepRun<Key, Parent, Work, Values>,
	key: Key
): Promise<{ place: Place<Key, Parent>; work: Work | null }> {
	const parent = await findParent(run, key);
	await refuseUnlessReporter(run.tx, run.kind, run.context.actor, parent);
	const place = { key, parent };
	return { place, work: await run.kind.lock(run.tx, place) };
}

/** Audits a record's step (before and after) and lets the kind follow the write. */
async function recordStep<Work extends ReviewedRow>(
	{ tx, context, kind }: StepRun<unknown, unknown, Work, unknown>,
	step: ReviewStep,
	before: Work | null,
	after: Work | undefined
): Promise<Work> {
	if (!after)
		throw new AppError('internal', { detail: `${kind.entityType} ${step} wrote nothing` });
	await recordAudit(tx, context, {
		action: reviewSteps[step].audit,
		entityType: kind.entityType,
		entityId: after.id,
		before: before && kind.audited(before),
		after: kind.audited(after)
	});
	await kind.written?.(tx, after);
	return after;
}

/** Makes a new record as a draft, entered by the actor. */
export async function createWork<Key, Parent, Work extends ReviewedRow, Values>(
	run: StepRun<Key, Parent, Work, Values>,
	place: Place<Key, Parent>,
	values: Values
): Promise<Work> {
	const marks = { state: reviewSteps.create.to, enteredBy: run.context.actor.id };
	return recordStep(run, 'create', null, await run.kind.insert(run.tx, place, values, marks));
}

/**
 * Writes one step of a record's life: its review marks, and for a save the reporter's values, with
 * the next version; audited.
 */
export async function writeStep<Key, Parent, Work extends ReviewedRow, Values>(
	run: StepRun<Key, Parent, Work, Values>,
	work: Work,
	step: Exclude<ReviewStep, 'create'>,
	marks: ReviewMarks,
	values?: Values
): Promise<Work> {
	const { to } = reviewSteps[step];
	const version = work.version + 1;
	const updated = await run.kind.update(run.tx, work, values, {
		...marks,
		...(to && { state: to }),
		version
	});
	return recordStep(run, step, work, updated);
}

/** Sends a draft or returned record for review, once the kind has checked it. */
export async function submitStep<Key, Parent, Work extends ReviewedRow, Values>(
	run: StepRun<Key, Parent, Work, Values>,
	place: Place<Key, Parent>,
	work: Work
): Promise<Work> {
	await run.kind.check?.(run.tx, place, work);
	const marks = { submittedAt: new Date(), submittedBy: run.context.actor.id };
	const submitted = await writeStep(run, work, 'submit', marks);
	await run.kind.stepTaken?.(run.tx, run.context, 'submit', place, submitted);
	return submitted;
}
