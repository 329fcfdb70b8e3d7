import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	AppError,
	authorize,
	idParam,
	listApiTokens,
	revokeApiToken
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const DELETE: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'apiToken.manage');
	const { db } = getApp().database;
	const tokenId = idParam(params.tokenId);
	const tokens = await listApiTokens(db, idParam(params.id));
	if (!tokens.some((token) => token.id === tokenId)) throw new AppError('not_found');
	await revokeApiToken(db, { actor: locals.actor, requestId: locals.requestId }, tokenId);
	return new Response(null, { status: 204 });
});
