import { z } from 'zod';
import type { Actor } from '../actor.ts';
import { userSchema } from '../users/presenter.ts';
import { apiTokenSchema } from './api-tokens.ts';

/** Who a session is for: the user's name, roles, agencies and language. */
const sessionUserSchema = userSchema
	.pick({
		id: true,
		username: true,
		displayName: true,
		roles: true,
		agencyIds: true,
		locale: true
	})
	.meta({ id: 'SessionUser' });

export const sessionSchema = z
	.object({ user: sessionUserSchema, expiresAt: z.iso.datetime() })
	.meta({ id: 'Session' });

/** A token just issued: its secret, shown this once, and the token as listed from now on. */
export const issuedApiTokenSchema = z
	.object({ token: z.string(), apiToken: apiTokenSchema })
	.meta({ id: 'IssuedApiToken' });

/** What a login answers: the user it opened the session for, and when the session ends. */
export function presentSession(session: {
	actor: Actor & { id: string };
	expiresAt: Date;
}): z.input<typeof sessionSchema> {
	const { actor } = session;
	return {
		user: {
			id: actor.id,
			username: actor.username,
			displayName: actor.displayName,
			roles: actor.roles,
			agencyIds: actor.agencyIds,
			locale: actor.locale
		},
		expiresAt: session.expiresAt.toISOString()
	};
}
