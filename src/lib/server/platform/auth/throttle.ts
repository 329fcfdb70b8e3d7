import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { loginFailures } from '../schema.ts';

export interface ThrottleLimits {
	maxFailures: number;
	windowMinutes: number;
}

const since = (limits: ThrottleLimits) => new Date(Date.now() - limits.windowMinutes * 60_000);

/** Too many recent failures for this username locks further attempts until the window passes. */
export async function isThrottled(
	executor: Executor,
	username: string,
	limits: ThrottleLimits
): Promise<boolean> {
	const [row] = await executor
		.select({ failures: count() })
		.from(loginFailures)
		.where(and(eq(loginFailures.username, username), gt(loginFailures.at, since(limits))));
	return (row?.failures ?? 0) >= limits.maxFailures;
}

export async function recordLoginFailure(
	executor: Executor,
	username: string,
	ip: string,
	limits: ThrottleLimits
): Promise<void> {
	await executor.delete(loginFailures).where(lt(loginFailures.at, since(limits)));
	await executor.insert(loginFailures).values({ username, ip });
}

export async function clearLoginFailures(executor: Executor, username: string): Promise<void> {
	await executor.delete(loginFailures).where(eq(loginFailures.username, username));
}
