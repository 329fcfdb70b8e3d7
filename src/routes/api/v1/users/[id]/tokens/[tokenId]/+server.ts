import { getApp } from '#lib/server/app.ts';
import { listApiTokens, revokeApiToken } from '#lib/server/platform/auth/api-tokens.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize } from '#lib/server/platform/policy.ts';
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
