import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, auditLog } from '../../src/lib/server/db/schema.ts';
import type { Actor } from '../../src/lib/server/platform/actor.ts';
import { AppError } from '../../src/lib/server/platform/errors.ts';
import { parseInput } from '../../src/lib/server/platform/validation.ts';
import {
	saveProgressReport,
	submitProgressReport
} from '../../src/lib/server/projects/progress-reports.ts';
import { saveRoundSchedule } from '../../src/lib/server/projects/rounds/configure-schedule.ts';
import { roundStatus } from '../../src/lib/server/projects/rounds/round-status.ts';
import { projectRoundSchedules } from '../../src/lib/server/projects/rounds/schema.ts';
import {
	roundScheduleInputSchema,
	type RoundScheduleInput
} from '../../src/lib/server/projects/rounds/schemas.ts';
import { projects } from '../../src/lib/server/projects/schema.ts';
import { district, loadAgencies, makeProject, makeUser } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
let officer: Actor;
let reporter: Actor;
const ids: Record<string, string> = {};

/** A built-in (approved) report of FY2569, dated `reportedOn`. */
const approved = (sequence: number, reportedOn: string, projectStatus?: 'cancelled') => ({
	sequence,
	reportedOn,
	statusText: `รายงานครั้งที่ ${sequence}`,
	percentDone: 10 * sequence,
	onPlan: true,
	onTarget: true,
	...(projectStatus ? { projectStatus } : {})
});

beforeAll(async () => {
	test = await createTestDatabase();
	const { db } = test.database;
	await loadAgencies(db, district('D1001', '1001'), district('D1002', '1002'));
	const [d1001] = await db.select().from(agencies).where(eq(agencies.code, 'D1001'));
	officer = (await makeUser(db, { roles: ['iao_officer'] })).actor;
	reporter = (await makeUser(db, { roles: ['agency_reporter'], agencyIds: [d1001?.id ?? ''] }))
		.actor;

	// FY2569 under the default schedule: reports due 10 Nov 2025, 10 Dec 2025, 10 Jan 2026, …
	const a = await makeProject(db, {
		leadAgency: 'D1001',
		reports: [approved(1, '2025-11-05'), approved(2, '2025-12-20')]
	});
	const b = await makeProject(db, { leadAgency: 'D1002', supportingAgencies: ['D1001'] });
	const c = await makeProject(db, {
		leadAgency: 'D1002',
		reports: [approved(1, '2025-11-01', 'cancelled')]
	});
	const d = await makeProject(db, { leadAgency: 'D1001' });
	await saveProgressReport(db, { actor: officer }, d.id, {
		reportedOn: '2025-11-08',
		statusText: 'ร่างรายงาน',
		percentDone: 5,
		budgetDisbursed: 0,
		onPlan: true,
		onTarget: true,
		projectStatus: null
	});
	const e = await makeProject(db, { leadAgency: 'D1001' });
	// Started after the first two rounds were due: owes from the third.
	await db.update(projects).set({ startDate: '2025-12-15' }).where(eq(projects.id, e.id));
	await makeProject(db, { leadAgency: 'D1001', fiscalYear: 2568 });
	Object.assign(ids, { a: a.id, b: b.id, c: c.id, d: d.id, e: e.id });
});
afterAll(() => test.drop());

const asOf = '2026-01-15';
const status = (actor: Actor | null, agency?: string) =>
	roundStatus(test.database.db, actor, { fiscalYear: 2569, asOf, agency });

describe('what is due and overdue', () => {
	it('counts the city: rounds due after each project started, answered by submitted or approved reports', async () => {
		const result = await status(reporter);
		expect(result.roundsDue).toBe(3);
		expect(result.schedule).toMatchObject({ cadence: 'monthly', dayOfMonth: 10, saved: false });
		expect(result.totals).toEqual({
			projects: 5,
			due: 11,
			submitted: 3,
			onTime: 2,
			late: 1,
			overdue: 8,
			overdueProjects: 4
		});
		const byId = new Map(result.overdue.map((project) => [project.id, project]));
		expect(byId.get(ids.a ?? '')).toMatchObject({
			due: 3,
			submitted: 2,
			onTime: 1,
			late: 1,
			overdue: 1
		});
		expect(byId.get(ids.b ?? '')?.overdue).toBe(3);
		// A cancelled project owes nothing after the report that cancelled it.
		expect(byId.has(ids.c ?? '')).toBe(false);
		// A draft answers nothing.
		expect(byId.get(ids.d ?? '')?.overdue).toBe(3);
		expect(byId.get(ids.e ?? '')).toMatchObject({ due: 1, overdue: 1 });
		expect(result.overdue.map((project) => project.overdue)).toEqual([3, 3, 1, 1]);
	});

	it('counts each lead agency', async () => {
		const result = await status(reporter);
		const rows = result.agencies.map(({ agency, counts }) => [agency?.code, counts]);
		expect(rows).toEqual([
			[
				'D1001',
				{ projects: 3, due: 7, submitted: 2, onTime: 1, late: 1, overdue: 5, overdueProjects: 3 }
			],
			[
				'D1002',
				{ projects: 2, due: 4, submitted: 1, onTime: 1, late: 0, overdue: 3, overdueProjects: 1 }
			]
		]);
	});

	it('filters by an agency leading or supporting', async () => {
		const result = await status(reporter, 'D1001');
		expect(result.totals.projects).toBe(4);
		expect(result.overdue.map((project) => project.id).sort()).toEqual(
			[ids.a, ids.b, ids.d, ids.e].sort()
		);
	});

	it('counts a submitted report, late when submitted after its due date', async () => {
		const { db } = test.database;
		const projectId = ids.d ?? '';
		await submitProgressReport(db, { actor: officer }, projectId, 1, 1);
		const row = (await status(reporter)).overdue.find((project) => project.id === projectId);
		expect(row).toMatchObject({ due: 3, submitted: 1, onTime: 0, late: 1, overdue: 2 });
	});

	it('owes nothing before the first due date', async () => {
		const result = await roundStatus(test.database.db, reporter, {
			fiscalYear: 2569,
			asOf: '2025-11-09'
		});
		expect(result.totals).toMatchObject({ due: 0, overdue: 0 });
	});

	it('refuses nobody', async () => {
		await expect(status(null)).rejects.toMatchObject({ code: 'unauthenticated' });
	});
});

describe('setting a year’s schedule', () => {
	const db = () => test.database.db;
	const input = (changes: Partial<RoundScheduleInput>): RoundScheduleInput => ({
		cadence: 'dates',
		dueDates: ['2025-12-01', '2026-02-01'],
		version: 0,
		...changes
	});
	async function state() {
		const schedules = await db().select().from(projectRoundSchedules);
		const trail = await db().select({ id: auditLog.id }).from(auditLog);
		return { schedules, trail: trail.length };
	}
	const refusal = async (actor: Actor, changes: Partial<RoundScheduleInput>) => {
		const before = await state();
		const caught = await saveRoundSchedule(db(), { actor }, 2569, input(changes)).then(
			() => null,
			(error: unknown) => error as AppError
		);
		expect(await state()).toEqual(before);
		return caught;
	};

	it('refuses bad schedules, naming the field, and changes nothing', async () => {
		expect((await refusal(reporter, {}))?.code).toBe('forbidden');
		const fieldOf = async (changes: Partial<RoundScheduleInput>) => {
			const caught = await refusal(officer, changes);
			expect(caught?.code).toBe('validation_failed');
			return caught?.fields;
		};
		expect(await fieldOf({ dueDates: [] })).toMatchObject({
			dueDates: { key: 'validation.dueDatesRequired' }
		});
		expect(await fieldOf({ dueDates: ['2026-02-30'] })).toMatchObject({
			dueDates: { key: 'validation.dueDateInvalid', params: { date: '2026-02-30' } }
		});
		expect(await fieldOf({ dueDates: ['2025-09-30'] })).toMatchObject({
			dueDates: { key: 'validation.dueDateOutsideReach' }
		});
		expect(await fieldOf({ dueDates: ['2027-04-01'] })).toMatchObject({
			dueDates: { key: 'validation.dueDateOutsideReach' }
		});
		expect(await fieldOf({ dueDates: ['2026-02-01', '2025-12-01'] })).toMatchObject({
			dueDates: { key: 'validation.dueDatesOrder' }
		});
		expect(await fieldOf({ cadence: 'monthly', dueDates: undefined })).toMatchObject({
			dayOfMonth: { key: 'validation.dayOfMonth' }
		});
		expect((await refusal(officer, { version: 3 }))?.code).toBe('stale_version');
	});

	it('refuses a day of the month no month always has at the boundary', () => {
		const parse = (dayOfMonth: unknown) =>
			parseInput(roundScheduleInputSchema, { cadence: 'monthly', dayOfMonth, version: 0 });
		expect(() => parse(29)).toThrow(AppError);
		expect(() => parse(0)).toThrow(AppError);
		expect(() => parse('10')).toThrow(AppError);
		expect(parse(28).dayOfMonth).toBe(28);
	});

	it('saves listed dates, audited, and the counts follow them', async () => {
		const saved = await saveRoundSchedule(db(), { actor: officer }, 2569, input({}));
		expect(saved).toMatchObject({ cadence: 'dates', version: 1 });
		const [entry] = await db()
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityType, 'project_round_schedule'));
		expect(entry).toMatchObject({ action: 'create', entityId: saved.id, actorId: officer.id });
		expect(entry?.after).toMatchObject({ dueDates: ['2025-12-01', '2026-02-01'], version: 1 });

		const result = await status(officer);
		expect(result.rounds).toEqual([
			{ round: 1, dueDate: '2025-12-01', due: true },
			{ round: 2, dueDate: '2026-02-01', due: false }
		]);
		// Project a's first report (5 Nov) answers the one round due, on time.
		const a = result.overdue.find((project) => project.id === ids.a);
		expect(a).toBeUndefined();
		expect(result.totals.due).toBe(4);
	});

	it('changes a saved schedule at its version only, audited before and after', async () => {
		const updated = await saveRoundSchedule(
			db(),
			{ actor: officer },
			2569,
			input({ cadence: 'monthly', dayOfMonth: 5, dueDates: undefined, version: 1 })
		);
		expect(updated).toMatchObject({ cadence: 'monthly', dayOfMonth: 5, dueDates: [], version: 2 });
		const entries = await db()
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityType, 'project_round_schedule'))
			.orderBy(asc(auditLog.id));
		expect(entries.map((entry) => entry.action)).toEqual(['create', 'update']);
		expect(entries[1]?.before).toMatchObject({ cadence: 'dates', version: 1 });
		const stale = await refusal(officer, { version: 1 });
		expect(stale?.code).toBe('stale_version');
		expect(stale?.changes?.fields).toEqual(
			expect.arrayContaining(['cadence', 'dayOfMonth', 'dueDates'])
		);
	});
});
