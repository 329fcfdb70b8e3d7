import type { Db } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { recordAudit, requireVersion } from '../audit/record.ts';
import { hashPassword } from '../auth/passwords.ts';
import { deleteUserSessions } from '../auth/sessions-repository.ts';
import { AppError } from '../errors.ts';
import { auditedUser } from './presenter.ts';
import {
	countActiveAdmins,
	existingAgencyIds,
	findUserById,
	lockUser,
	setUserAgencies,
	updateUserRow,
	type UserWithAgencies
} from './repository.ts';
import type { UserUpdateInput } from './schemas.ts';

/**
 * Updates a user if nobody changed it since `input.version` was read; otherwise refuses with
 * the names of the fields the other person changed, and changes nothing.
 */
export async function updateUser(
	db: Db,
	context: ChangeContext,
	userId: string,
	input: UserUpdateInput
): Promise<UserWithAgencies> {
	const passwordHash = input.password ? await hashPassword(input.password) : undefined;
	return db.transaction(async (tx) => {
		await lockUser(tx, userId);
		const before = await findUserById(tx, userId);
		if (!before) throw new AppError('not_found');
		await requireVersion(tx, 'user', userId, input.version, before.version);
		const roles = input.roles ?? before.roles;
		const agencyIds = input.agencyIds ?? before.agencyIds;
		if (roles.includes('agency_reporter') && agencyIds.length === 0) {
			throw new AppError('validation_failed', {
				fields: { agencyIds: { key: 'validation.reporterNeedsAgency' } }
			});
		}
		if (input.agencyIds) {
			const known = await existingAgencyIds(tx, input.agencyIds);
			if (input.agencyIds.some((id) => !known.has(id))) {
				throw new AppError('validation_failed', {
					fields: { agencyIds: { key: 'validation.unknownAgency' } }
				});
			}
		}
		if (before.roles.includes('admin') && !roles.includes('admin') && before.active) {
			if ((await countActiveAdmins(tx)) <= 1) {
				throw new AppError('validation_failed', {
					fields: { roles: { key: 'validation.lastAdmin' } }
				});
			}
		}
		await updateUserRow(tx, userId, {
			displayName: input.displayName ?? before.displayName,
			email: input.email === undefined ? before.email : input.email || null,
			roles,
			locale: input.locale ?? before.locale,
			...(passwordHash ? { passwordHash } : {}),
			version: before.version + 1,
			updatedAt: new Date()
		});
		if (input.agencyIds) await setUserAgencies(tx, userId, input.agencyIds);
		if (passwordHash) await deleteUserSessions(tx, userId);
		const after = await findUserById(tx, userId);
		if (!after) throw new AppError('internal', { detail: 'updated user vanished' });
		const auditAfter = {
			...auditedUser(after),
			...(passwordHash ? { passwordChanged: true } : {})
		};
		await recordAudit(tx, context, {
			action: 'update',
			entityType: 'user',
			entityId: userId,
			before: auditedUser(before),
			after: auditAfter
		});
		return after;
	});
}
