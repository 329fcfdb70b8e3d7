import type { Executor } from '../../db/index.ts';
import { AppError } from '../errors.ts';
import { countLoginFailures, deleteLoginFailuresBefore } from './login-failures-repository.ts';

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
	const windowStart = since(limits);
	const fromAddress = await countLoginFailures(executor, { ip: attempt.ip }, windowStart);
	if (fromAddress >= limits.maxFailuresPerAddress) {
		throw new AppError('too_many_attempts_from_address', {
			params: { minutes: limits.windowMinutes }
		});
	}
	const forUsername = await countLoginFailures(executor, attempt, windowStart);
	if (forUsername >= limits.maxFailures) {
		throw new AppError('too_many_attempts', { params: { minutes: limits.windowMinutes } });
	}
}

/** Failed logins for a username within the window, from every address: what an unlock clears. */
export function countRecentLoginFailures(
	executor: Executor,
	username: string,
	limits: Pick<ThrottleLimits, 'windowMinutes'>
): Promise<number> {
	return countLoginFailures(executor, { username }, since(limits));
}

/** Failures older than the window no longer count for anything. */
export function deleteStaleLoginFailures(
	executor: Executor,
	limits: Pick<ThrottleLimits, 'windowMinutes'>
): Promise<number> {
	return deleteLoginFailuresBefore(executor, since(limits));
}
