import type { Locale } from '../../i18n/index.ts';
import type { Role } from './kinds.ts';

/** Who is acting: a signed-in user (by session or API token) or the system itself. */
export interface Actor {
	id: string | null;
	username: string;
	displayName: string;
	roles: Role[];
	agencyIds: string[];
	locale: Locale;
}

export const systemActor: Actor = {
	id: null,
	username: 'system',
	displayName: 'Saphan',
	roles: ['admin'],
	agencyIds: [],
	locale: 'th'
};

/** An operator at the server's shell (`make admin`): the audit trail names the command line. */
export const commandLineActor: Actor = { ...systemActor, username: 'command-line' };

/** What every audited write needs to know about the request that made it. */
export interface ChangeContext {
	actor: Actor;
	requestId?: string;
}
