import type { Db } from '../../db/index.ts';
import { systemActor } from '../actor.ts';
import { generatePassword } from '../auth/passwords.ts';
import { createUser } from './create-user.ts';
import { findUserByUsername } from './repository.ts';

/**
 * On first start, creates the `admin` account. Without a configured password it makes a random
 * one and returns it so start-up can show it once; it is never stored in clear.
 */
export async function ensureAdmin(
	db: Db,
	configuredPassword: string | undefined
): Promise<{ created: boolean; generatedPassword?: string }> {
	if (await findUserByUsername(db, 'admin')) return { created: false };
	const generatedPassword = configuredPassword ? undefined : generatePassword();
	await createUser(
		db,
		{ actor: systemActor },
		{
			username: 'admin',
			displayName: 'ผู้ดูแลระบบ',
			email: null,
			password: configuredPassword ?? generatedPassword ?? '',
			roles: ['admin'],
			agencyIds: [],
			locale: 'th'
		}
	);
	return { created: true, generatedPassword };
}
