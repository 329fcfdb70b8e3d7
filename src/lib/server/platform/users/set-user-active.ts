import type { Db } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { recordAudit } from '../audit/record.ts';
import { revokeUserApiTokens } from '../auth/api-tokens-repository.ts';
import { deleteUserSessions } from '../auth/sessions-repository.ts';
import { AppError } from '../errors.ts';
import { auditedUser } from './presenter.ts';
import {
	countActiveAdmins,
	findUserById,
	updateUserRow,
	type UserWithAgencies
} from './repository.ts';

/**
 * Deactivating a user ends their sessions and revokes their API tokens; the record stays so the
 * audit trail keeps its name. Reactivating lets them log in again with the same password.
 */
export async function setUserActive(
	db: Db,
	context: ChangeContext,
	userId: string,
	active: boolean
): Promise<UserWithAgencies> {
	return db.transaction(async (tx) => {
		const before = await findUserById(tx, userId);
		if (!before) throw new AppError('not_found');
		if (before.active === active) return before;
		if (!active && context.actor.id === userId) {
			throw new AppError('validation_failed', {
				fields: { active: { key: 'validation.cannotDeactivateSelf' } }
			});
		}
		if (!active && before.roles.includes('admin') && (await countActiveAdmins(tx)) <= 1) {
			throw new AppError('validation_failed', {
				fields: { active: { key: 'validation.lastAdmin' } }
			});
		}
		await updateUserRow(tx, userId, {
			active,
			version: before.version + 1,
			updatedAt: new Date()
		});
		if (!active) {
			await deleteUserSessions(tx, userId);
			await revokeUserApiTokens(tx, userId);
		}
		const after = await findUserById(tx, userId);
		if (!after) throw new AppError('internal', { detail: 'user vanished' });
		await recordAudit(tx, context, {
			action: active ? 'reactivate' : 'deactivate',
			entityType: 'user',
			entityId: userId,
			before: auditedUser(before),
			after: auditedUser(after)
		});
		return after;
	});
}
