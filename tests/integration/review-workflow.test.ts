import { and, asc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, auditLog } from '../../src/lib/server/db/schema.ts';
import type { Actor } from '../../src/lib/server/platform/actor.ts';
import { AppError, type ErrorCode } from '../../src/lib/server/platform/errors.ts';
import type { ReviewedKind, ReviewedRow } from '../../src/lib/server/platform/review/kind.ts';
import { reviewWork } from '../../src/lib/server/platform/review/review-work.ts';
import { saveWork } from '../../src/lib/server/platform/review/save-work.ts';
import type { ReviewState } from '../../src/lib/server/platform/review/states.ts';
import { submitWork } from '../../src/lib/server/platform/review/submit-work.ts';
import { kpiResultReview } from '../../src/lib/server/plans/kpi-results.ts';
import { progressReportReview } from '../../src/lib/server/projects/progress-reports.ts';
import { loadAgencies, makePlan, makeProject, makeUser } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

/**
 * The one review workflow, driven through every kind that declares itself to it: random runs of
 * steps by people with and without the right to take them, on current and stale versions, checked
 * against a model of the workflow written here on its own.
 */

let test: TestDatabase;
const people = {} as Record<Person, Actor>;
beforeAll(async () => {
	test = await createTestDatabase();
	const { db } = test.database;
	await loadAgencies(db);
	const agencyId = async (code: string) =>
		(await db.select().from(agencies).where(eq(agencies.code, code)))[0]?.id ?? '';
	const user = async (options: Parameters<typeof makeUser>[1]) =>
		(await makeUser(db, options)).actor;
	people.reporter = await user({
		roles: ['agency_reporter'],
		agencyIds: [await agencyId('IAO')]
	});
	people.outsider = await user({
		roles: ['agency_reporter'],
		agencyIds: [await agencyId('BMA')]
	});
	people.viewer = await user({ roles: ['viewer'], agencyIds: [await agencyId('IAO')] });
	people.officer = await user({ roles: ['iao_officer'] });
	people.colleague = await user({ roles: ['iao_officer'] });
});
afterAll(() => test.drop());

type Person = 'reporter' | 'outsider' | 'viewer' | 'officer' | 'colleague';

/** What each person may do to records the IAO reports, as decision 0013 says. */
const rights: Record<Person, { report: boolean; review: boolean }> = {
	reporter: { report: true, review: false },
	outsider: { report: false, review: false },
	viewer: { report: false, review: false },
	officer: { report: true, review: true },
	colleague: { report: true, review: true }
};

type Step = 'save' | 'submit' | 'approve' | 'return';

interface Command {
	step: Step;
	by: Person;
	/** Made on a version other than the record's. */
	stale: boolean;
	/** A returning reviewer says why. */
	comment: boolean;
}

const command: fc.Arbitrary<Command> = fc.record({
	step: fc.constantFrom<Step>('save', 'submit', 'approve', 'return'),
	by: fc.oneof(
		{ weight: 3, arbitrary: fc.constantFrom<Person>('reporter', 'officer', 'colleague') },
		{ weight: 1, arbitrary: fc.constantFrom<Person>('outsider', 'viewer') }
	),
	stale: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
	comment: fc.integer({ min: 0, max: 4 }).map((n) => n !== 0)
});

/** The record as the model has it. */
interface Model {
	id: string | null;
	state: ReviewState;
	version: number;
	submittedBy: Person | null;
	trail: string[];
}

/** Where each step may start from; an approved record is locked, anything else is out of turn. */
const startsFrom: Record<Step, readonly ReviewState[]> = {
	save: ['draft', 'returned'],
	submit: ['draft', 'returned'],
	approve: ['submitted'],
	return: ['submitted']
};

/** The refusal the model expects, or null when the step is taken. */
function expectedRefusal(model: Model, { step, by, stale, comment }: Command): ErrorCode | null {
	const reviewing = step === 'approve' || step === 'return';
	if (!(reviewing ? rights[by].review : rights[by].report)) return 'forbidden';
	if (model.id === null) return step === 'save' ? null : 'not_found';
	if (stale) return 'stale_version';
	if (!startsFrom[step].includes(model.state)) {
		return model.state === 'approved' ? 'locked' : 'invalid_transition';
	}
	if (reviewing && model.submittedBy === by) return 'own_submission';
	if (step === 'return' && !comment) return 'validation_failed';
	return null;
}

/** The model after a step was taken or refused. */
function next(model: Model, { step, by }: Command, refusal: ErrorCode | null, id: string): Model {
	if (refusal === 'own_submission') {
		return { ...model, trail: [...model.trail, 'refuse_review'] };
	}
	if (refusal) return model;
	if (model.id === null) {
		return { id, state: 'draft', version: 1, submittedBy: null, trail: ['create'] };
	}
	const states: Record<Step, ReviewState> = {
		save: model.state,
		submit: 'submitted',
		approve: 'approved',
		return: 'returned'
	};
	return {
		id,
		state: states[step],
		version: model.version + 1,
		submittedBy: step === 'submit' ? by : model.submittedBy,
		trail: [...model.trail, step === 'save' ? 'update' : step]
	};
}

/** A kind of reviewed record as the test drives it. */
interface Subject<Key, Parent, Work extends ReviewedRow, Values> {
	kind: ReviewedKind<Key, Parent, Work, Values>;
	/** A new parent: the key of its record before it is made, and after. */
	fresh(): Promise<{ newKey: Key; madeKey: Key }>;
	values(run: number): Values;
}

const codeOf = (promise: Promise<unknown>) =>
	promise.then(
		() => null,
		(caught: unknown) => {
			if (caught instanceof AppError) return caught.code;
			throw caught;
		}
	);

async function trailOf(entityId: string) {
	const entries = await test.database.db
		.select({ action: auditLog.action })
		.from(auditLog)
		.where(eq(auditLog.entityId, entityId))
		.orderBy(asc(auditLog.id));
	return entries.map((entry) => entry.action);
}

/** Runs the commands on a fresh record of the kind, checking each against the model. */
async function runAgainstModel<Key, Parent, Work extends ReviewedRow, Values>(
	{ kind, fresh, values }: Subject<Key, Parent, Work, Values>,
	commands: Command[]
) {
	const { db } = test.database;
	const { newKey, madeKey } = await fresh();
	/** The record as stored, read through the kind; null before it is made. */
	const stored = () =>
		db.transaction(async (tx) => {
			const parent = await kind.parent(tx, madeKey);
			const work = parent && (await kind.lock(tx, { key: madeKey, parent }).catch(() => null));
			return work
				? {
						id: work.id,
						state: kind.stateOf(work),
						version: work.version,
						submittedBy: work.submittedBy
					}
				: null;
		});
	let model: Model = { id: null, state: 'draft', version: 0, submittedBy: null, trail: [] };
	for (const [run, step] of commands.entries()) {
		const context = { actor: people[step.by] };
		const version = step.stale ? model.version + (run % 2 === 0 ? 1 : -1) : model.version;
		const taken =
			step.step === 'save'
				? saveWork(db, context, kind, model.id ? madeKey : newKey, values(run), {
						version: model.id ? version : undefined
					})
				: step.step === 'submit'
					? submitWork(db, context, kind, madeKey, version)
					: reviewWork(db, context, kind, madeKey, {
							version,
							decision: step.step,
							comment: step.comment ? 'โปรดแก้ไขตัวเลข' : null
						});
		const refusal = await codeOf(taken);
		const expected = expectedRefusal(model, step);
		expect({ step, refusal }).toEqual({ step, refusal: expected });
		const facts = await stored();
		model = next(model, step, refusal, facts?.id ?? '');
		if (model.id === null) {
			expect(facts).toBeNull();
			continue;
		}
		expect(facts).toEqual({
			id: model.id,
			state: model.state,
			version: model.version,
			submittedBy: model.submittedBy && people[model.submittedBy].id
		});
		expect(await trailOf(model.id)).toEqual(model.trail);
	}
}

/** Each kind, as a run of commands against the model. */
const drive =
	<Key, Parent, Work extends ReviewedRow, Values>(definition: Subject<Key, Parent, Work, Values>) =>
	(commands: Command[]) =>
		runAgainstModel(definition, commands);

const kinds = {
	'KPI results': drive({
		kind: kpiResultReview,
		async fresh() {
			const { kpi } = await makePlan(test.database.db, 'IAO');
			const key = { kpiId: kpi.id, fiscalYear: 2567 };
			return { newKey: key, madeKey: key };
		},
		values: (run) => ({
			value: 1 + (run % 3),
			evidenceTh: `หลักฐานครั้งที่ ${run}`,
			evidenceLinks: []
		})
	}),
	'progress reports': drive({
		kind: progressReportReview,
		async fresh() {
			const project = await makeProject(test.database.db, { leadAgency: 'IAO' });
			return { newKey: { projectId: project.id }, madeKey: { projectId: project.id, sequence: 1 } };
		},
		values: (run) => ({
			reportedOn: '2025-12-15',
			statusText: `ดำเนินการครั้งที่ ${run}`,
			percentDone: run % 101,
			budgetDisbursed: 1_000 * run,
			onPlan: true,
			onTarget: run % 2 === 0,
			projectStatus: null,
			reportedBy: null,
			decreaseReason: null
		})
	})
};

describe.each(Object.entries(kinds))('the review workflow of %s', (_name, run) => {
	it('takes every step its state and the person allow, refuses every other, and audits each', async () => {
		await fc.assert(fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), run), {
			numRuns: 25
		});
	}, 300_000);

	it('goes the whole way: saved, submitted, returned, resubmitted, approved by a colleague, locked', async () => {
		const path: Command[] = [
			{ step: 'save', by: 'reporter', stale: false, comment: false },
			{ step: 'submit', by: 'reporter', stale: false, comment: false },
			{ step: 'return', by: 'officer', stale: false, comment: true },
			{ step: 'save', by: 'reporter', stale: false, comment: false },
			{ step: 'submit', by: 'officer', stale: false, comment: false },
			{ step: 'approve', by: 'officer', stale: false, comment: false },
			{ step: 'approve', by: 'colleague', stale: false, comment: false },
			{ step: 'save', by: 'colleague', stale: false, comment: false },
			{ step: 'return', by: 'colleague', stale: false, comment: true }
		];
		await run(path);
	});
});

describe('a refused review of one’s own submission', () => {
	it('records who tried which decision, and nothing else changes', async () => {
		const { db } = test.database;
		const { kpi } = await makePlan(db, 'IAO');
		const key = { kpiId: kpi.id, fiscalYear: 2568 };
		const officer = { actor: people.officer };
		const draft = await saveWork(db, officer, kpiResultReview, key, {
			value: 2,
			evidenceTh: 'ส่งเอง',
			evidenceLinks: []
		});
		const submitted = await submitWork(db, officer, kpiResultReview, key, draft.version);
		const refusal = await codeOf(
			reviewWork(db, officer, kpiResultReview, key, {
				version: submitted.version,
				decision: 'return',
				comment: 'ตรวจเอง'
			})
		);
		expect(refusal).toBe('own_submission');
		const [refused] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, draft.id), eq(auditLog.action, 'refuse_review')));
		expect(refused).toMatchObject({
			actorId: people.officer.id,
			entityType: 'kpi_result',
			before: null,
			after: { decision: 'return', reason: 'own_submission' }
		});
	});
});
