import type { Db } from '../../db/index.ts';
import { log } from '../log.ts';
import { type Every, periodOf } from './periods.ts';
import { repeatEvery } from './repeat.ts';
import { claimRun, finishRun } from './repository.ts';

/** Periodic work: run once per period, whichever process of the server gets there first. */
export interface ScheduledJob {
	/** Stable: the durable record of runs is keyed by it. */
	name: string;
	/** The period, in Asia/Bangkok; a week starts on Monday. */
	every: Every;
	run(db: Db, run: { period: string; now: Date }): Promise<void>;
}

export interface SchedulerOptions {
	/** The clock: tests give one they control. */
	now?: () => Date;
	/** How often the scheduler looks for a job whose period has no run yet. */
	tickMs?: number;
}

export interface Scheduler {
	/** Runs every job whose current period has not been claimed yet; resolves when they finished. */
	tick(): Promise<void>;
	stop(): Promise<void>;
}

/**
 * Runs each job at most once per (job, period): a tick claims the current period of each job in
 * the database before running it, so several server processes on one PostgreSQL, and a restarted
 * one, never run a job twice for a period. A job that fails is logged and waits for its next period.
 */
export function startScheduler(
	db: Db,
	jobs: readonly ScheduledJob[],
	{ now = () => new Date(), tickMs = 60_000 }: SchedulerOptions = {}
): Scheduler {
	const runJob = async (job: ScheduledJob) => {
		const at = now();
		const period = periodOf(job.every, at);
		if (!(await claimRun(db, job.name, period, at))) return;
		let error: string | null = null;
		try {
			await job.run(db, { period, now: at });
		} catch (caught) {
			error = String(caught);
			log('error', 'scheduled job failed', { job: job.name, period, error });
		}
		await finishRun(db, job.name, period, { finishedAt: now(), error });
	};
	const ticking = repeatEvery(tickMs, async () => {
		for (const job of jobs) {
			await runJob(job).catch((caught: unknown) =>
				log('error', 'scheduler tick failed', { job: job.name, error: String(caught) })
			);
		}
	});
	return { tick: ticking.run, stop: ticking.stop };
}
