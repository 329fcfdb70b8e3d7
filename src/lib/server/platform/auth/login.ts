import type { Db } from '../../db/client.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit/record.ts';
import { AppError } from '../errors.ts';
import { findUserByUsername, loadActor } from '../users/repository.ts';
import { decoyPasswordHash, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';
import {
	clearLoginFailures,
	isThrottled,
	recordLoginFailure,
	type ThrottleLimits
} from './throttle.ts';

export interface LoginSettings extends ThrottleLimits {
	sessionDays: number;
}

/**
 * Checks a username and password and opens a session. Failures are counted per username and,
 * past the limit, refused without checking the password until the window passes.
 */
export async function login(
	db: Db,
	settings: LoginSettings,
	input: { username: string; password: string; ip: string; requestId?: string }
): Promise<{ actor: Actor; token: string; expiresAt: Date }> {
	const username = input.username.trim().toLowerCase();
	if (await isThrottled(db, username, settings)) {
		throw new AppError('too_many_attempts', { params: { minutes: settings.windowMinutes } });
	}
	const user = await findUserByUsername(db, username);
	const valid = await verifyPassword(
		user?.passwordHash ?? (await decoyPasswordHash()),
		input.password
	);
	if (!user || !valid || !user.active) {
		await recordLoginFailure(db, username, input.ip, settings);
		throw new AppError('invalid_credentials');
	}
	return db.transaction(async (tx) => {
		await clearLoginFailures(tx, username);
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
