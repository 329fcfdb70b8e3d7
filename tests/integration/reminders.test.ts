import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindersJob, weeklyDigestJob } from '../../src/lib/server/alerts/reminders.ts';
import { commitments, notifications } from '../../src/lib/server/db/schema.ts';
import { startScheduler } from '../../src/lib/server/platform/index.ts';
import type { Role } from '../../src/lib/server/platform/kinds.ts';
import {
	district,
	loadAgencies,
	makeAgreement,
	makeEngagement,
	makeKpi,
	makePartner,
	makeProject,
	makeUser
} from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
const users: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
	test = await createTestDatabase();
	const { db } = test.database;
	const agencyId = await loadAgencies(db, district('D1001', '1001'), district('D1002', '1002'));
	const user = async (roles: Role[], agencyIds: string[] = []) =>
		(await makeUser(db, { roles, agencyIds })).actor.id ?? '';
	users.reporter = await user(['agency_reporter'], [agencyId('D1001')]);
	users.otherReporter = await user(['agency_reporter'], [agencyId('D1002')]);
	users.officer = await user(['iao_officer']);
	users.executive = await user(['executive']);
	ids.project = (await makeProject(db, { leadAgency: 'D1001', titleTh: 'โครงการเตือน' })).id;
	ids.kpi = (await makeKpi(db, { leadAgencies: ['D1001'] })).kpi.id;
	const partner = await makePartner(db);
	ids.agreement = (
		await makeAgreement(db, partner.id, { signedOn: '2016-09-01', reviewOn: '2026-09-01' })
	).id;
	await makeEngagement(db, {
		commitments: [
			{
				titleTh: 'ส่งข้อมูลคุณภาพอากาศ',
				scope: 'bilateral',
				agencyIds: [agencyId('D1002')],
				dueOn: '2026-07-12'
			}
		]
	});
});
afterAll(() => test.drop());

/** Every notification written, as who got which kind under which key. */
async function written() {
	const rows = await test.database.db
		.select({ userId: notifications.userId, kind: notifications.kind, key: notifications.onceKey })
		.from(notifications)
		.orderBy(asc(notifications.createdAt));
	const name = (id: string) => Object.entries(users).find(([, user]) => user === id)?.[0];
	return rows.map((row) => `${name(row.userId)} ${row.kind} ${row.key}`).sort();
}

const at = (bangkok: string) => new Date(`${bangkok}+07:00`);

describe('reminders on a clock the test controls', () => {
	it('writes each reminder once per period, across a restart and a repeated run', async () => {
		const { db } = test.database;
		let now = at('2026-07-08T08:00'); // a Wednesday
		const clock = () => now;
		const jobs = [remindersJob, weeklyDigestJob];
		const first = startScheduler(db, jobs, { now: clock, tickMs: 3_600_000 });
		await first.tick();
		const project = ids.project;
		const day1 = [
			// Rounds fell due monthly since November: the latest passed on 10 June, the next on 10 July.
			`reporter reminder.overdue progressReport:${project}:2026-06-10`,
			`reporter reminder.dueSoon progressReport:${project}:2026-07-10`,
			`otherReporter commitment.due commitment:${(await commitmentId()) ?? ''}:2026-07-12`,
			`officer agreement.reviewDue agreementReview:${ids.agreement}:2026-09-01`,
			'executive digest.weekly 2026-W28'
		].sort();
		expect(await written()).toEqual(day1);

		// Later the same day, and after a restart: the day's run is not repeated.
		now = at('2026-07-08T23:59');
		await first.tick();
		await first.stop();
		const second = startScheduler(db, jobs, { now: clock, tickMs: 3_600_000 });
		await second.tick();
		expect(await written()).toEqual(day1);
		// Even run again by hand for the day, a reminder already sent is not sent twice.
		await remindersJob.run(db, { period: '2026-07-08', now });
		await weeklyDigestJob.run(db, { period: '2026-W28', now });
		expect(await written()).toEqual(day1);

		// The next day runs, but nothing new falls due; the week's digest is not repeated.
		now = at('2026-07-09T08:00');
		await second.tick();
		expect(await written()).toEqual(day1);

		// Monday: a new week's digest, and the round of 10 July has passed unanswered.
		now = at('2026-07-13T08:00');
		await second.tick();
		await second.stop();
		expect(await written()).toEqual(
			[
				...day1,
				`reporter reminder.overdue progressReport:${project}:2026-07-10`,
				'executive digest.weekly 2026-W29'
			].sort()
		);
	});

	it('reminds of KPI results in the last week of the fiscal year, once', async () => {
		const { db } = test.database;
		const key = `reporter reminder.dueSoon kpiResult:${ids.kpi}:2569`;
		await remindersJob.run(db, { period: '2026-09-22', now: at('2026-09-22T08:00') });
		expect(await written()).not.toContain(key);
		await remindersJob.run(db, { period: '2026-09-23', now: at('2026-09-23T08:00') });
		await remindersJob.run(db, { period: '2026-09-24', now: at('2026-09-24T08:00') });
		expect((await written()).filter((line) => line === key)).toHaveLength(1);
	});
});

async function commitmentId() {
	const [row] = await test.database.db.select({ id: commitments.id }).from(commitments);
	return row?.id;
}
