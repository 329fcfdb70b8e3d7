import type { Db } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { recordAudit } from '../audit/record.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { deleteOtherUserSessions, deleteUserSessions } from '../auth/sessions-repository.ts';
import { AppError } from '../errors.ts';
import { findUserById, lockUser, updateUserRow } from './repository.ts';
import type { PasswordChangeInput } from './schemas.ts';

/**
 * The signed-in user replaces their own password, proving they know the current one. The version
 * moves on so an administrator's form opened before this cannot quietly save over it. Every other
 * session ends, so whoever else knew the old password is logged out; the session making the
 * change (`sessionToken`) stays open.
 */
export async function changeOwnPassword(
	db: Db,
	context: ChangeContext,
	input: PasswordChangeInput,
	sessionToken: string | null
): Promise<void> {
	const userId = context.actor.id;
	if (!userId) throw new AppError('forbidden', { detail: 'the system has no password' });
	const passwordHash = await hashPassword(input.newPassword);
	await db.transaction(async (tx) => {
		await lockUser(tx, userId);
		const user = await findUserById(tx, userId);
		if (!user) throw new AppError('not_found');
		if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
			throw new AppError('validation_failed', {
				fields: { currentPassword: { key: 'validation.wrongPassword' } }
			});
		}
		const version = user.version + 1;
		await updateUserRow(tx, userId, { passwordHash, version, updatedAt: new Date() });
		if (sessionToken) await deleteOtherUserSessions(tx, userId, sessionToken);
		else await deleteUserSessions(tx, userId);
		await recordAudit(tx, context, {
			action: 'update',
			entityType: 'user',
			entityId: userId,
			before: { version: user.version },
			after: { version, passwordChanged: true, otherSessionsEnded: true }
		});
	});
}
