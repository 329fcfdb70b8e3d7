import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Executor } from '../../db/index.ts';
import { loginFailures } from '../schema.ts';

type LoginAttempt = { username: string; ip: string };

/** Failed logins after `since`, from an address, for a username, or both. */
export async function countLoginFailures(
	executor: Executor,
	of: Partial<LoginAttempt>,
	since: Date
): Promise<number> {
	const [row] = await executor
		.select({ failures: count() })
		.from(loginFailures)
		.where(
			and(
				of.ip === undefined ? undefined : eq(loginFailures.ip, of.ip),
				gt(loginFailures.at, since),
				of.username === undefined ? undefined : eq(loginFailures.username, of.username)
			)
		);
	return row?.failures ?? 0;
}

export async function recordLoginFailure(executor: Executor, attempt: LoginAttempt): Promise<void> {
	await executor.insert(loginFailures).values(attempt);
}

/** After a good login: that address starts afresh for that username, and only there. */
export async function clearLoginFailuresFrom(
	executor: Executor,
	attempt: LoginAttempt
): Promise<void> {
	await executor
		.delete(loginFailures)
		.where(and(eq(loginFailures.username, attempt.username), eq(loginFailures.ip, attempt.ip)));
}

/** Forgets a username's failures from every address, when an administrator unlocks it. */
export async function clearLoginFailures(executor: Executor, username: string): Promise<number> {
	const cleared = await executor
		.delete(loginFailures)
		.where(eq(loginFailures.username, username))
		.returning({ id: loginFailures.id });
	return cleared.length;
}

export async function deleteLoginFailuresBefore(executor: Executor, before: Date): Promise<number> {
	const deleted = await executor
		.delete(loginFailures)
		.where(lt(loginFailures.at, before))
		.returning({ id: loginFailures.id });
	return deleted.length;
}
