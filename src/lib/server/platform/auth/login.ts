import type { Config } from '../../config.ts';
import type { Db } from '../../db/index.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit/record.ts';
import { AppError } from '../errors.ts';
import { findUserByUsername, loadActor } from '../users/repository.ts';
import { decoyPasswordHash, verifyPassword } from './passwords.ts';
import { clearLoginFailuresFrom, recordLoginFailure } from './login-failures-repository.ts';
import { createSession } from './sessions-repository.ts';
import { checkThrottle, type ThrottleLimits } from './throttle.ts';

export interface LoginSettings extends ThrottleLimits {
	sessionDays: number;
}

export const loginSettings = (config: Config): LoginSettings => ({
	sessionDays: config.SAPHAN_SESSION_DAYS,
	maxFailures: config.SAPHAN_LOGIN_MAX_FAILURES,
	maxFailuresPerAddress: config.SAPHAN_LOGIN_MAX_FAILURES_PER_ADDRESS,
	windowMinutes: config.SAPHAN_LOGIN_WINDOW_MINUTES
});

/**
 * Checks a username and password and opens a session. Failures are counted per username and
 * address and per address; past either limit the attempt is refused without checking the
 * password until the window passes.
 */
export async function login(
	db: Db,
	settings: LoginSettings,
	input: { username: string; password: string; ip: string; requestId?: string }
): Promise<{ actor: Actor & { id: string }; token: string; expiresAt: Date }> {
	const username = input.username.trim().toLowerCase();
	const attempt = { username, ip: input.ip };
	await checkThrottle(db, attempt, settings);
	const user = await findUserByUsername(db, username);
	const valid = await verifyPassword(
		user?.passwordHash ?? (await decoyPasswordHash()),
		input.password
	);
	if (!user || !valid || !user.active) {
		await recordLoginFailure(db, attempt);
		throw new AppError('invalid_credentials');
	}
	return db.transaction(async (tx) => {
		await clearLoginFailuresFrom(tx, attempt);
		const session = await createSession(tx, user.id, settings.sessionDays);
		const actor = await loadActor(tx, user.id);
		if (!actor) throw new AppError('invalid_credentials');
		await recordAudit(
			tx,
			{ actor, requestId: input.requestId },
			{ action: 'login', entityType: 'user', entityId: user.id }
		);
		return { actor, ...session };
	});
}
