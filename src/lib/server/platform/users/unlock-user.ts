import type { Db } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { recordAudit } from '../audit/record.ts';
import { clearLoginFailures } from '../auth/login-failures-repository.ts';
import { AppError } from '../errors.ts';
import { findUserById, type UserWithAgencies } from './repository.ts';

/**
 * Forgets every failed login for a user's name, from every address, so a user refused after too
 * many failures can log in again at once. Returns the user and how many failures were forgotten.
 */
export async function unlockUser(
	db: Db,
	context: ChangeContext,
	userId: string
): Promise<{ user: UserWithAgencies; failuresCleared: number }> {
	return db.transaction(async (tx) => {
		const user = await findUserById(tx, userId);
		if (!user) throw new AppError('not_found');
		const failuresCleared = await clearLoginFailures(tx, user.username);
		await recordAudit(tx, context, {
			action: 'unlock',
			entityType: 'user',
			entityId: userId,
			after: { failuresCleared }
		});
		return { user, failuresCleared };
	});
}
