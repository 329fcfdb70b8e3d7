import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Executor } from '../../db/index.ts';
import { AppError } from '../errors.ts';
import { loginFailures } from '../schema.ts';

export interface ThrottleLimits {
	/** Failures for one username from one address before that pair is refused. */
	maxFailures: number;
	/** Failures from one address, whatever the usernames, before that address is refused. */
	maxFailuresPerAddress: number;
	windowMinutes: number;
}

const since = (limits: Pick<ThrottleLimits, 'windowMinutes'>) =>
	new Date(Date.now() - limits.windowMinutes * 60_000);

/**
 * Refuses a login attempt while its address has failed too often, for this username or for any.
 * Counting per username and address together means a stranger's guesses lock out only the
 * stranger: the real user logging in from elsewhere is not refused.
 */
export async function checkThrottle(
	executor: Executor,
	attempt: { username: string; ip: string },
	limits: ThrottleLimits
): Promise<void> {
	const recent = and(eq(loginFailures.ip, attempt.ip), gt(loginFailures.at, since(limits)));
	const [fromAddress] = await executor
		.select({ failures: count() })
		.from(loginFailures)
		.where(recent);
	if ((fromAddress?.failures ?? 0) >= limits.maxFailuresPerAddress) {
		throw new AppError('too_many_attempts_from_address', {
			params: { minutes: limits.windowMinutes }
		});
	}
	const [forUsername] = await executor
		.select({ failures: count() })
		.from(loginFailures)
		.where(and(recent, eq(loginFailures.username, attempt.username)));
	if ((forUsername?.failures ?? 0) >= limits.maxFailures) {
		throw new AppError('too_many_attempts', { params: { minutes: limits.windowMinutes } });
	}
}

/** Failed logins for a username within the window, from every address: what an unlock clears. */
export async function countRecentLoginFailures(
	executor: Executor,
	username: string,
	limits: Pick<ThrottleLimits, 'windowMinutes'>
): Promise<number> {
	const [row] = await executor
		.select({ failures: count() })
		.from(loginFailures)
		.where(and(eq(loginFailures.username, username), gt(loginFailures.at, since(limits))));
	return row?.failures ?? 0;
}

export async function recordLoginFailure(
	executor: Executor,
	attempt: { username: string; ip: string }
): Promise<void> {
	await executor.insert(loginFailures).values(attempt);
}

/** After a good login: that address starts afresh for that username, and only there. */
export async function clearLoginFailuresFrom(
	executor: Executor,
	attempt: { username: string; ip: string }
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

/** Failures older than the window no longer count for anything. */
export async function deleteStaleLoginFailures(
	executor: Executor,
	limits: Pick<ThrottleLimits, 'windowMinutes'>
): Promise<number> {
	const deleted = await executor
		.delete(loginFailures)
		.where(lt(loginFailures.at, since(limits)))
		.returning({ id: loginFailures.id });
	return deleted.length;
}
