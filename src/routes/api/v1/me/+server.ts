import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { presentUser } from '#lib/server/platform/users/presenter.ts';
import { findUserById } from '#lib/server/platform/users/repository.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals }) => {
	authorize(locals.actor, 'account.manage');
	const user = await findUserById(getApp().database.db, locals.actor.id ?? '');
	if (!user) throw new AppError('not_found');
	return json(presentUser(user));
});
