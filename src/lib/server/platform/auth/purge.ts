import type { Db } from '../../db/index.ts';
import { deleteExpiredSessions } from './sessions-repository.ts';
import { deleteStaleLoginFailures, type ThrottleLimits } from './throttle.ts';

/** Deletes sessions past their expiry and failed logins that no longer count. */
export async function purgeExpiredLogins(
	db: Db,
	limits: Pick<ThrottleLimits, 'windowMinutes'>
): Promise<{ sessions: number; loginFailures: number }> {
	return db.transaction(async (tx) => ({
		sessions: await deleteExpiredSessions(tx),
		loginFailures: await deleteStaleLoginFailures(tx, limits)
	}));
}
