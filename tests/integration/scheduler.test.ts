import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/client.ts';
import { scheduledRuns } from '../../src/lib/server/db/schema.ts';
import { type ScheduledJob, startScheduler } from '../../src/lib/server/platform/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
let db: Db;
beforeAll(async () => {
	test = await createTestDatabase();
	db = test.database.db;
});
afterAll(() => test.drop());

/** A job that counts the periods it ran for. */
function countingJob(name: string, every: ScheduledJob['every']) {
	const periods: string[] = [];
	const job: ScheduledJob = {
		name,
		every,
		run: async (_db, run) => {
			periods.push(run.period);
		}
	};
	return { job, periods };
}

describe('the scheduler', () => {
	it('runs a job once per period across a restart, on the clock it is given', async () => {
		let now = new Date('2026-12-08T01:00:00Z'); // 08:00 in Bangkok
		const clock = () => now;
		const { job, periods } = countingJob('daily-restart', 'day');
		const first = startScheduler(db, [job], { now: clock, tickMs: 3_600_000 });
		await first.tick();
		await first.tick();
		now = new Date('2026-12-08T16:59:00Z'); // 23:59 the same day
		await first.tick();
		await first.stop();
		// The server restarts within the same day: the day's run is not repeated.
		const second = startScheduler(db, [job], { now: clock, tickMs: 3_600_000 });
		await second.tick();
		expect(periods).toEqual(['2026-12-08']);
		now = new Date('2026-12-08T17:00:00Z'); // midnight in Bangkok: the next day
		await second.tick();
		await second.tick();
		await second.stop();
		expect(periods).toEqual(['2026-12-08', '2026-12-09']);
	});

	it('runs a job once per period when two schedulers tick on one database at once', async () => {
		let now = new Date('2026-12-08T01:00:00Z');
		const clock = () => now;
		const { job: hourlyA, periods } = countingJob('hourly-shared', 'hour');
		const hourlyB = { ...hourlyA };
		const a = startScheduler(db, [hourlyA], { now: clock, tickMs: 3_600_000 });
		const b = startScheduler(db, [hourlyB], { now: clock, tickMs: 3_600_000 });
		for (let hour = 0; hour < 5; hour += 1) {
			await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
			now = new Date(now.getTime() + 30 * 60 * 1000);
		}
		await Promise.all([a.stop(), b.stop()]);
		expect(periods).toEqual(['2026-12-08T08', '2026-12-08T09', '2026-12-08T10']);
	});

	it('records a failed run and leaves the job for its next period', async () => {
		let now = new Date('2026-12-07T10:00:00Z'); // a Monday in Bangkok
		let calls = 0;
		const failing: ScheduledJob = {
			name: 'weekly-failing',
			every: 'week',
			run: async () => {
				calls += 1;
				throw new Error('the mail server is down');
			}
		};
		const scheduler = startScheduler(db, [failing], { now: () => now, tickMs: 3_600_000 });
		await scheduler.tick();
		now = new Date('2026-12-13T10:00:00Z'); // Sunday: the same week
		await scheduler.tick();
		expect(calls).toBe(1);
		now = new Date('2026-12-14T10:00:00Z'); // the next Monday
		await scheduler.tick();
		await scheduler.stop();
		expect(calls).toBe(2);
		const runs = await db
			.select()
			.from(scheduledRuns)
			.where(eq(scheduledRuns.job, 'weekly-failing'))
			.orderBy(scheduledRuns.period);
		expect(runs.map((run) => [run.period, run.error])).toEqual([
			['2026-W50', 'Error: the mail server is down'],
			['2026-W51', 'Error: the mail server is down']
		]);
	});
});
