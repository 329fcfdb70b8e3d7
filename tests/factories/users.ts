import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/lib/server/db/client.ts';
import { systemActor, type Actor } from '../../src/lib/server/platform/actor.ts';
import type { Role } from '../../src/lib/server/platform/kinds.ts';
import { createUser } from '../../src/lib/server/platform/users/create-user.ts';
import { loadActor } from '../../src/lib/server/platform/users/repository.ts';

export const testPassword = 'a-long-test-password';

/** Makes a user with its own unique name; returns the user and the actor it acts as. */
export async function makeUser(
	db: Db,
	options: {
		roles?: Role[];
		agencyIds?: string[];
		username?: string;
		email?: string | null;
		locale?: 'th' | 'en';
	} = {}
) {
	const username = options.username ?? `user-${randomBytes(4).toString('hex')}`;
	const user = await createUser(
		db,
		{ actor: systemActor },
		{
			username,
			displayName: `Test ${username}`,
			email: options.email ?? null,
			password: testPassword,
			roles: options.roles ?? ['viewer'],
			agencyIds: options.agencyIds ?? [],
			locale: options.locale ?? 'th'
		}
	);
	const actor = (await loadActor(db, user.id)) as Actor;
	return { user, actor };
}
