import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/client.ts';
import { agencies, notifications, outboxMessages } from '../../src/lib/server/db/schema.ts';
import type { Actor } from '../../src/lib/server/platform/actor.ts';
import { reviewKpiResult, submitKpiResult } from '../../src/lib/server/plans/kpi-results.ts';
import {
	reviewProgressReport,
	submitProgressReport
} from '../../src/lib/server/projects/progress-reports.ts';
import {
	loadAgencies,
	makeCircular,
	makeKpiResult,
	makePlan,
	makeProgressReport,
	makeProject,
	makeUser
} from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

/** The events of the modules tell the right people, in the event's own transaction. */

let test: TestDatabase;
let db: Db;
let reporter: Actor;
let outsider: Actor;
let officer: Actor;
let colleague: Actor;
let bmaId: string;
beforeAll(async () => {
	test = await createTestDatabase();
	db = test.database.db;
	await loadAgencies(db);
	const agencyId = async (code: string) =>
		(await db.select().from(agencies).where(eq(agencies.code, code)))[0]?.id ?? '';
	const iao = await agencyId('IAO');
	bmaId = await agencyId('BMA');
	const user = async (options: Parameters<typeof makeUser>[1]) =>
		(await makeUser(db, { email: 'someone@example.go.th', ...options })).actor;
	reporter = await user({ roles: ['agency_reporter'], agencyIds: [iao], locale: 'en' });
	outsider = await user({ roles: ['agency_reporter'], agencyIds: [bmaId] });
	officer = await user({ roles: ['iao_officer'] });
	colleague = await user({ roles: ['iao_officer'] });
});
afterAll(() => test.drop());

const noticesOf = (actor: Actor, kind: string) =>
	db
		.select()
		.from(notifications)
		.where(
			and(eq(notifications.userId, actor.id!), eq(notifications.kind, kind as 'review.submitted'))
		);

describe('review notifications', () => {
	it('tells reviewers of a submitted report and its reporters of the return, with the comment, and of the approval', async () => {
		const project = await makeProject(db, { leadAgency: 'IAO', titleEn: 'Clean canals' });
		const draft = await makeProgressReport(db, project.id, {}, reporter);
		const submitted = await submitProgressReport(
			db,
			{ actor: reporter },
			project.id,
			1,
			draft.version
		);
		const [toOfficer] = await noticesOf(officer, 'review.submitted');
		expect(toOfficer).toMatchObject({ path: `/projects/${project.id}#report` });
		expect(await noticesOf(colleague, 'review.submitted')).toHaveLength(1);
		expect(await noticesOf(reporter, 'review.submitted')).toEqual([]);

		const returned = await reviewProgressReport(db, { actor: officer }, project.id, 1, {
			version: submitted.version,
			decision: 'return',
			comment: 'Give the disbursed budget'
		});
		const [toReporter] = await noticesOf(reporter, 'review.returned');
		expect(toReporter?.facts).toMatchObject({ comment: 'Give the disbursed budget' });
		expect(await noticesOf(outsider, 'review.returned')).toEqual([]);
		expect(await noticesOf(officer, 'review.returned')).toEqual([]);
		const [mail] = await db
			.select()
			.from(outboxMessages)
			.where(eq(outboxMessages.userId, reporter.id!))
			.orderBy(outboxMessages.createdAt);
		expect(mail?.subject).toBe('Returned for changes: progress report Clean canals');
		expect(mail?.text).toContain('Give the disbursed budget');

		const again = await submitProgressReport(
			db,
			{ actor: reporter },
			project.id,
			1,
			returned.version
		);
		expect(await noticesOf(colleague, 'review.submitted')).toHaveLength(2);
		await reviewProgressReport(db, { actor: colleague }, project.id, 1, {
			version: again.version,
			decision: 'approve'
		});
		expect(await noticesOf(reporter, 'review.approved')).toHaveLength(1);
	});

	it('tells the same of a KPI result, linking to its year', async () => {
		const { kpi } = await makePlan(db, 'IAO');
		const draft = await makeKpiResult(db, kpi.id, { fiscalYear: 2567 }, reporter);
		const submitted = await submitKpiResult(db, { actor: reporter }, kpi.id, 2567, draft.version);
		expect(
			(await noticesOf(officer, 'review.submitted')).some(
				(notice) => notice.path === `/kpis/${kpi.id}#result-2567`
			)
		).toBe(true);
		await reviewKpiResult(db, { actor: officer }, kpi.id, 2567, {
			version: submitted.version,
			decision: 'return',
			comment: 'Attach the minutes'
		});
		const returned = await noticesOf(reporter, 'review.returned');
		expect(returned.map((notice) => notice.facts.comment)).toContain('Attach the minutes');
	});

	it('writes nothing when the step is refused', async () => {
		const project = await makeProject(db, { leadAgency: 'IAO' });
		const draft = await makeProgressReport(db, project.id, {}, reporter);
		const before = (await noticesOf(officer, 'review.submitted')).length;
		await expect(
			submitProgressReport(db, { actor: reporter }, project.id, 1, draft.version + 5)
		).rejects.toThrow();
		expect(await noticesOf(officer, 'review.submitted')).toHaveLength(before);
	});
});

describe('circular notifications', () => {
	it('tells the users of the agencies a circular was sent to, and nobody else', async () => {
		const circular = await makeCircular(db, { recipientAgencyIds: [bmaId] }, officer);
		const [notice] = await noticesOf(outsider, 'circular.received');
		expect(notice).toMatchObject({ path: `/knowledge/circulars/${circular.id}` });
		expect(await noticesOf(reporter, 'circular.received')).toEqual([]);
	});
});
