import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, auditLog } from '../../src/lib/server/db/schema.ts';
import { systemActor, type Actor } from '../../src/lib/server/platform/actor.ts';
import {
	builtinAgencySchema,
	loadBuiltinAgencies
} from '../../src/lib/server/platform/agencies/load-builtin.ts';
import { AppError, userMessage } from '../../src/lib/server/platform/errors.ts';
import { parseInput } from '../../src/lib/server/platform/validation.ts';
import {
	reviewProgressReport,
	saveProgressReport,
	submitProgressReport
} from '../../src/lib/server/projects/progress-reports.ts';
import { projectDetail } from '../../src/lib/server/projects/repository.ts';
import { progressReports, projects } from '../../src/lib/server/projects/schema.ts';
import {
	progressReportInputSchema,
	type ProgressReportInput
} from '../../src/lib/server/projects/schemas.ts';
import { district, makeProject, makeUser } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase, refusal } from './harness.ts';

let test: TestDatabase;
const agencyId: Record<string, string> = {};
beforeAll(async () => {
	test = await createTestDatabase();
	await test.database.db.transaction((tx) =>
		loadBuiltinAgencies(
			tx,
			{ actor: systemActor },
			builtinAgencySchema.parse([
				{ code: 'BMA', kind: 'administration', nameTh: 'กทม.', nameEn: 'BMA', verified: true },
				district('D1001', '1001'),
				district('D1002', '1002'),
				district('D1003', '1003')
			])
		)
	);
	for (const row of await test.database.db.select().from(agencies)) agencyId[row.code] = row.id;
});
afterAll(() => test.drop());

const code = (promise: Promise<unknown>) =>
	promise.then(
		() => null,
		(caught: unknown) => (caught instanceof AppError ? caught.code : caught)
	);

/** A report of FY2569 (2025-10-01 … 2026-09-30; reports up to 2027-03-31). */
const report = (changes: Partial<ProgressReportInput> = {}): ProgressReportInput => ({
	reportedOn: '2025-12-15',
	statusText: 'จัดประชุมหารือกับเมืองพันธมิตรแล้ว',
	percentDone: 30,
	budgetDisbursed: 100_000,
	onPlan: true,
	onTarget: true,
	projectStatus: null,
	...changes
});

const reporterOf = async (agencyCode: string): Promise<Actor> =>
	(
		await makeUser(test.database.db, {
			roles: ['agency_reporter'],
			agencyIds: [agencyId[agencyCode] ?? '']
		})
	).actor;

/** Everything a refused write must leave as it was: the project, its reports and the trail. */
async function snapshot(projectId: string) {
	const { db } = test.database;
	const [project] = await db.select().from(projects).where(eq(projects.id, projectId));
	const reports = await db
		.select()
		.from(progressReports)
		.where(eq(progressReports.projectId, projectId))
		.orderBy(asc(progressReports.sequence));
	const trail = await db.select({ id: auditLog.id }).from(auditLog);
	return { project, reports, trail: trail.length };
}

describe('the progress-report workflow', () => {
	it('goes draft → submitted → returned → submitted → approved, audited, then locked', async () => {
		const { db } = test.database;
		const project = await makeProject(db, { leadAgency: 'D1001', supportingAgencies: ['D1002'] });
		expect(project.status).toBe('planned');
		const reporter = await reporterOf('D1002');
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });

		const draft = await saveProgressReport(db, { actor: reporter }, project.id, report());
		expect(draft).toMatchObject({ sequence: 1, state: 'draft', version: 1 });
		expect(draft.enteredBy).toBe(reporter.id);
		let current = await submitProgressReport(db, { actor: reporter }, project.id, 1, draft.version);
		expect(current.state).toBe('submitted');
		expect(
			await code(
				saveProgressReport(db, { actor: reporter }, project.id, {
					...report({ percentDone: 35 }),
					sequence: 1,
					version: current.version
				})
			)
		).toBe('invalid_transition');
		expect(
			await code(
				reviewProgressReport(db, { actor: officer }, project.id, 1, {
					version: current.version,
					decision: 'return'
				})
			)
		).toBe('validation_failed');
		current = await reviewProgressReport(db, { actor: officer }, project.id, 1, {
			version: current.version,
			decision: 'return',
			comment: 'โปรดระบุงบประมาณที่เบิกจ่ายจริง'
		});
		expect(current).toMatchObject({
			state: 'returned',
			reviewComment: 'โปรดระบุงบประมาณที่เบิกจ่ายจริง'
		});
		current = await saveProgressReport(db, { actor: reporter }, project.id, {
			...report({ percentDone: 40, budgetDisbursed: 120_000 }),
			sequence: 1,
			version: current.version
		});
		current = await submitProgressReport(db, { actor: reporter }, project.id, 1, current.version);
		current = await reviewProgressReport(db, { actor: officer }, project.id, 1, {
			version: current.version,
			decision: 'approve'
		});
		expect(current).toMatchObject({ state: 'approved', percentDone: 40, reviewedBy: officer.id });
		expect(
			await code(
				saveProgressReport(db, { actor: officer }, project.id, {
					...report({ percentDone: 50 }),
					sequence: 1,
					version: current.version
				})
			)
		).toBe('locked');
		expect(
			await code(submitProgressReport(db, { actor: officer }, project.id, 1, current.version))
		).toBe('locked');

		const trail = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, current.id))
			.orderBy(asc(auditLog.id));
		expect(trail.map((entry) => entry.action)).toEqual([
			'create',
			'submit',
			'return',
			'update',
			'submit',
			'approve'
		]);
		expect(trail.every((entry) => entry.entityType === 'progress_report')).toBe(true);

		const [approvedProject] = await db.select().from(projects).where(eq(projects.id, project.id));
		expect(approvedProject).toMatchObject({
			status: 'in_progress',
			budgetSpent: 120_000,
			version: project.version + 1
		});
		const [projectAudit] = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, project.id))
			.orderBy(asc(auditLog.id))
			.then((rows) => rows.slice(-1));
		expect(projectAudit).toMatchObject({
			action: 'update',
			entityType: 'project',
			before: { status: 'planned', budgetSpent: 0, version: 1 },
			after: { status: 'in_progress', budgetSpent: 120_000, version: 2 }
		});
	});

	it('carries approved reports, and only those, to the project’s status and budget spent', async () => {
		const { db } = test.database;
		const project = await makeProject(db, { leadAgency: 'D1001' });
		const reporter = await reporterOf('D1001');
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const approve = async (input: ProgressReportInput) => {
			const draft = await saveProgressReport(db, { actor: reporter }, project.id, input);
			const submitted = await submitProgressReport(
				db,
				{ actor: reporter },
				project.id,
				draft.sequence,
				draft.version
			);
			return reviewProgressReport(db, { actor: officer }, project.id, draft.sequence, {
				version: submitted.version,
				decision: 'approve'
			});
		};
		await approve(report({ percentDone: 60, budgetDisbursed: 250_000 }));
		const second = await approve(
			report({
				reportedOn: '2026-03-01',
				percentDone: 55,
				decreaseReason: 'ทบทวนขอบเขตงานใหม่',
				budgetDisbursed: 50_000,
				projectStatus: 'suspended',
				statusText: 'ชะลอโครงการเนื่องจากเมืองพันธมิตรขอเลื่อนการเยือน'
			})
		);
		expect(second).toMatchObject({ sequence: 2, decreaseReason: 'ทบทวนขอบเขตงานใหม่' });
		// A draft disburses nothing until approved.
		await saveProgressReport(
			db,
			{ actor: reporter },
			project.id,
			report({ reportedOn: '2026-10-15', percentDone: 100, budgetDisbursed: 999_999 })
		);
		const detail = await projectDetail(db, project.id, 'every');
		expect(detail?.project).toMatchObject({ status: 'suspended', budgetSpent: 300_000 });
		expect(detail?.reports.map((row) => [row.state, row.cumulativeDisbursed])).toEqual([
			['approved', 250_000],
			['approved', 300_000],
			['draft', 300_000]
		]);
	});

	it('keeps built-in reports approved and locked', async () => {
		const { db } = test.database;
		const project = await makeProject(db, {
			leadAgency: 'D1001',
			reports: [
				{
					sequence: 1,
					reportedOn: '2025-11-30',
					statusText: 'เริ่มดำเนินการ',
					percentDone: 50,
					budgetDisbursed: 10_000,
					onPlan: true,
					onTarget: null
				}
			]
		});
		const [builtin] = await db
			.select()
			.from(progressReports)
			.where(eq(progressReports.projectId, project.id));
		expect(builtin).toMatchObject({ state: 'approved', version: 1 });
		expect(project.status).toBe('in_progress');
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		expect(
			await code(
				saveProgressReport(db, { actor: officer }, project.id, {
					...report(),
					sequence: 1,
					version: 1
				})
			)
		).toBe('locked');
	});
});

describe('refusals', () => {
	it('refuses bad figures, dates outside the reach, and others’ reporters, changing nothing', async () => {
		const { db } = test.database;
		const project = await makeProject(db, {
			leadAgency: 'D1001',
			reports: [
				{
					sequence: 1,
					reportedOn: '2025-11-30',
					statusText: 'เริ่มดำเนินการ',
					percentDone: 50,
					budgetDisbursed: 10_000,
					onPlan: true,
					onTarget: true
				}
			]
		});
		const reporter = await reporterOf('D1001');
		const outsider = await reporterOf('D1003');
		const { actor: viewer } = await makeUser(db, { roles: ['viewer'] });
		const before = await snapshot(project.id);
		const save = (actor: Actor, input: ProgressReportInput) =>
			refusal(saveProgressReport(db, { actor }, project.id, input));

		const above = await save(reporter, report({ percentDone: 120 }));
		expect(above.code).toBe('validation_failed');
		expect(above.fields?.percentDone?.key).toBe('validation.percentage');

		const lower = await save(reporter, report({ percentDone: 40 }));
		expect(lower.fields?.decreaseReason).toEqual({
			key: 'validation.decreaseReasonRequired',
			params: { previous: 50 }
		});

		for (const reportedOn of ['2025-09-30', '2027-04-01']) {
			const outside = await save(reporter, report({ reportedOn, percentDone: 60 }));
			expect(outside.fields?.reportedOn).toEqual({
				key: 'validation.reportedOnOutsideReach',
				params: { from: '2025-10-01', to: '2027-03-31', fiscalYear: 2569 }
			});
		}

		const negative = await save(reporter, report({ percentDone: 60, budgetDisbursed: -1 }));
		expect(negative.fields?.budgetDisbursed?.key).toBe('validation.notNegative');
		const notANumber = (() => {
			try {
				parseInput(progressReportInputSchema, { ...report(), budgetDisbursed: 'หนึ่งแสน' });
			} catch (caught) {
				return caught as AppError;
			}
			throw new Error('expected a refusal');
		})();
		expect(notANumber.fields?.budgetDisbursed?.key).toBe('validation.number');
		const message = userMessage(above, 'th');
		expect(message.length).toBeGreaterThan(0);

		expect((await save(outsider, report({ percentDone: 60 }))).code).toBe('forbidden');
		expect((await save(viewer, report({ percentDone: 60 }))).code).toBe('forbidden');
		expect(
			(
				await refusal(
					reviewProgressReport(db, { actor: reporter }, project.id, 1, {
						version: 1,
						decision: 'approve'
					})
				)
			).code
		).toBe('forbidden');
		expect(
			(await save(reporter, { ...report({ percentDone: 60 }), sequence: 1, version: 1 })).code
		).toBe('locked');
		expect(await snapshot(project.id)).toEqual(before);

		// With a reason, the lower figure is accepted.
		const draft = await saveProgressReport(
			db,
			{ actor: reporter },
			project.id,
			report({ percentDone: 40, decreaseReason: 'ส่วนงานที่ทำไปแล้วต้องแก้ไขใหม่' })
		);
		expect(draft).toMatchObject({ sequence: 2, state: 'draft' });
	});

	it('refuses a stale save, naming who changed which fields, and changes nothing', async () => {
		const { db } = test.database;
		const project = await makeProject(db, { leadAgency: 'D1001' });
		const reporter = await reporterOf('D1001');
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const first = await saveProgressReport(db, { actor: reporter }, project.id, report());
		await saveProgressReport(db, { actor: officer }, project.id, {
			...report({ percentDone: 35, statusText: 'ปรับข้อความโดยเจ้าหน้าที่' }),
			sequence: 1,
			version: first.version
		});
		const before = await snapshot(project.id);
		const stale = await refusal(
			saveProgressReport(db, { actor: reporter }, project.id, {
				...report({ percentDone: 45 }),
				sequence: 1,
				version: first.version
			})
		);
		expect(stale.code).toBe('stale_version');
		expect(stale.changes?.fields.sort()).toEqual(['percentDone', 'statusText']);
		expect(stale.changes?.actors).toEqual([officer.username]);
		expect(userMessage(stale, 'th')).toContain('ร้อยละความก้าวหน้า');
		expect(userMessage(stale, 'en')).toContain('Progress (%)');
		expect(
			await code(submitProgressReport(db, { actor: reporter }, project.id, 1, first.version))
		).toBe('stale_version');
		expect(await snapshot(project.id)).toEqual(before);
	});
});
