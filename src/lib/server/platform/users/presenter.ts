import { z } from 'zod';
import { locales, roles } from '../kinds.ts';
import type { UserWithAgencies } from './repository.ts';

export const userSchema = z
	.object({
		id: z.uuid(),
		username: z.string(),
		displayName: z.string(),
		email: z.string().nullable(),
		roles: z.array(z.enum(roles)),
		agencyIds: z.array(z.uuid()),
		locale: z.enum(locales),
		active: z.boolean(),
		version: z.number().int(),
		createdAt: z.iso.datetime(),
		updatedAt: z.iso.datetime()
	})
	.meta({ id: 'User' });

export const userUnlockSchema = z
	.object({ user: userSchema, failuresCleared: z.number().int() })
	.meta({ id: 'UserUnlocked' });

/** The fields of a user that may leave the server: never the password hash. */
export function presentUser(user: UserWithAgencies): z.input<typeof userSchema> {
	return {
		id: user.id,
		username: user.username,
		displayName: user.displayName,
		email: user.email,
		roles: user.roles,
		agencyIds: user.agencyIds,
		locale: user.locale,
		active: user.active,
		version: user.version,
		createdAt: user.createdAt.toISOString(),
		updatedAt: user.updatedAt.toISOString()
	};
}

/** What the audit trail keeps of a user: the presented fields without timestamps. */
export function auditedUser(user: UserWithAgencies) {
	const { createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = presentUser(user);
	return rest;
}
