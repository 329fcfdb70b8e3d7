import type { Db, Executor } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { recordAudit } from '../audit/record.ts';
import { hashPassword } from '../auth/passwords.ts';
import { duplicateOf, refuseDuplicates } from '../duplicates.ts';
import { AppError } from '../errors.ts';
import { auditedUser } from './presenter.ts';
import {
	existingAgencyIds,
	findUserById,
	findUserByUsername,
	insertUser,
	setUserAgencies
} from './repository.ts';
import type { UserCreateInput } from './schemas.ts';
import type { UserWithAgencies } from './repository.ts';

export async function createUser(
	db: Db,
	context: ChangeContext,
	input: UserCreateInput
): Promise<UserWithAgencies> {
	const passwordHash = await hashPassword(input.password);
	return refuseDuplicates(
		() => saveNewUser(db, context, input, passwordHash),
		() => refuseTakenUsername(db, input.username)
	);
}

/** Refuses a username another user has, in any letter case, naming that user. */
async function refuseTakenUsername(executor: Executor, username: string) {
	const taken = await findUserByUsername(executor, username);
	if (taken) {
		throw duplicateOf('username', 'validation.usernameTaken', {
			id: taken.id,
			label: `${taken.displayName} (${taken.username})`,
			href: `/admin/users/${taken.id}`
		});
	}
}

function saveNewUser(
	db: Db,
	context: ChangeContext,
	input: UserCreateInput,
	passwordHash: string
): Promise<UserWithAgencies> {
	return db.transaction(async (tx) => {
		await refuseTakenUsername(tx, input.username);
		const known = await existingAgencyIds(tx, input.agencyIds);
		if (input.agencyIds.some((id) => !known.has(id))) {
			throw new AppError('validation_failed', {
				fields: { agencyIds: { key: 'validation.unknownAgency' } }
			});
		}
		const userId = await insertUser(tx, {
			username: input.username,
			displayName: input.displayName,
			email: input.email,
			passwordHash,
			roles: input.roles,
			locale: input.locale
		});
		if (!userId) throw new AppError('internal', { detail: 'insert returned no row' });
		await setUserAgencies(tx, userId, input.agencyIds);
		const user = await findUserById(tx, userId);
		if (!user) throw new AppError('internal', { detail: 'created user vanished' });
		await recordAudit(tx, context, {
			action: 'create',
			entityType: 'user',
			entityId: user.id,
			after: auditedUser(user)
		});
		return user;
	});
}
