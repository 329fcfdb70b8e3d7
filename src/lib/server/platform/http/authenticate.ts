import type { RequestEvent } from '@sveltejs/kit';
import type { Executor } from '../../db/index.ts';
import { authenticateApiToken } from '../auth/api-tokens.ts';
import { validateSession } from '../auth/sessions-repository.ts';
import { loadActor } from '../users/repository.ts';
import { clearSessionCookie, sessionCookieName, setSessionCookie } from './cookies.ts';

/**
 * Sets `locals.actor` from a bearer token or the session cookie; a dead cookie is removed, a live
 * one lasts `sessionDays` more.
 */
export async function authenticate(
	event: RequestEvent,
	db: Executor,
	sessionDays: number
): Promise<void> {
	const authorization = event.request.headers.get('authorization');
	if (authorization?.toLowerCase().startsWith('bearer ')) {
		const userId = await authenticateApiToken(db, authorization.slice(7).trim());
		event.locals.actor = userId ? await loadActor(db, userId) : null;
		event.locals.authMethod = event.locals.actor ? 'token' : null;
		return;
	}
	const token = event.cookies.get(sessionCookieName);
	if (!token) return;
	const session = await validateSession(db, token, sessionDays);
	const actor = session ? await loadActor(db, session.userId) : null;
	if (!session || !actor) {
		clearSessionCookie(event.cookies, event.url);
		return;
	}
	setSessionCookie(event.cookies, event.url, token, session.expiresAt);
	event.locals.actor = actor;
	event.locals.sessionToken = token;
	event.locals.authMethod = 'session';
}
