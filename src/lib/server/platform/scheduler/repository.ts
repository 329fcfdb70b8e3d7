import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/index.ts';
import { scheduledRuns } from './schema.ts';

/** Claims a job's period: true for the one caller whose insert wrote the row, false for the rest. */
export async function claimRun(
	executor: Executor,
	job: string,
	period: string,
	now: Date
): Promise<boolean> {
	const claimed = await executor
		.insert(scheduledRuns)
		.values({ job, period, startedAt: now })
		.onConflictDoNothing()
		.returning({ job: scheduledRuns.job });
	return claimed.length > 0;
}

export async function finishRun(
	executor: Executor,
	job: string,
	period: string,
	done: { finishedAt: Date; error: string | null }
): Promise<void> {
	await executor
		.update(scheduledRuns)
		.set(done)
		.where(and(eq(scheduledRuns.job, job), eq(scheduledRuns.period, period)));
}
