import type { UserWithAgencies } from './repository.ts';

/** The fields of a user that may leave the server: never the password hash. */
export function presentUser(user: UserWithAgencies) {
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

export type PresentedUser = ReturnType<typeof presentUser>;

/** What the audit trail keeps of a user: the presented fields without timestamps. */
export function auditedUser(user: UserWithAgencies) {
	const { createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = presentUser(user);
	return rest;
}
