import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	AppError,
	clearSessionCookie,
	endSession,
	login,
	loginSettings,
	parseInput,
	readJson,
	sessionCreateSchema,
	setSessionCookie
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = apiHandler(
	async ({ request, locals, cookies, url, getClientAddress }) => {
		const app = getApp();
		const body = await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES);
		const input = parseInput(sessionCreateSchema, body);
		const session = await login(app.database.db, loginSettings(app.config), {
			...input,
			ip: getClientAddress(),
			requestId: locals.requestId
		});
		setSessionCookie(cookies, url, session.token, session.expiresAt);
		return json({
			user: {
				id: session.actor.id,
				username: session.actor.username,
				displayName: session.actor.displayName,
				roles: session.actor.roles,
				agencyIds: session.actor.agencyIds,
				locale: session.actor.locale
			},
			expiresAt: session.expiresAt.toISOString()
		});
	}
);

export const DELETE: RequestHandler = apiHandler(async ({ locals, cookies, url }) => {
	if (!locals.actor || !locals.sessionToken) throw new AppError('unauthenticated');
	await endSession(getApp().database.db, {
		actor: locals.actor,
		token: locals.sessionToken,
		requestId: locals.requestId
	});
	clearSessionCookie(cookies, url);
	return new Response(null, { status: 204 });
});
