import { endpoint } from '#lib/server/api/index.ts';
import {
	AppError,
	clearSessionCookie,
	endSession,
	login,
	loginSettings,
	presentSession,
	sessionCreateSchema,
	sessionSchema,
	setSessionCookie
} from '#lib/server/platform/index.ts';

export const POST = endpoint({
	path: '/api/v1/session',
	operationId: 'createSession',
	summary: 'Log in: returns the user and sets the session cookie',
	tag: 'Session',
	permission: 'anyone',
	body: sessionCreateSchema,
	example: { username: 'somchai.j', password: 'correct-horse-battery' },
	response: { status: 200, schema: sessionSchema, description: 'Logged in' },
	errors: ['invalid_credentials', 'too_many_attempts', 'too_many_attempts_from_address'],
	async handle({ event, app, db, body }) {
		const { locals, cookies, url, getClientAddress } = event;
		const session = await login(db, loginSettings(app.config), {
			...body,
			ip: getClientAddress(),
			requestId: locals.requestId
		});
		setSessionCookie(cookies, url, session.token, session.expiresAt);
		return presentSession(session);
	}
});

export const DELETE = endpoint({
	path: '/api/v1/session',
	operationId: 'deleteSession',
	summary: 'Log out: ends the session of the cookie',
	tag: 'Session',
	permission: 'signed-in',
	response: { status: 204, description: 'Logged out' },
	async handle({ event, db, actor }) {
		const { locals, cookies, url } = event;
		if (!locals.sessionToken) throw new AppError('unauthenticated');
		await endSession(db, { actor, token: locals.sessionToken, requestId: locals.requestId });
		clearSessionCookie(cookies, url);
	}
});
