import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	AppError,
	authorize,
	findUserById,
	presentUser
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals }) => {
	authorize(locals.actor, 'account.manage');
	const user = await findUserById(getApp().database.db, locals.actor.id ?? '');
	if (!user) throw new AppError('not_found');
	return json(presentUser(user));
});
