import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	apiTokenIssueSchema,
	AppError,
	authorize,
	findUserById,
	idParam,
	issueApiToken,
	listApiTokens,
	parseInput,
	presentApiToken,
	readJson
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'apiToken.manage');
	const { db } = getApp().database;
	const userId = idParam(params.id);
	if (!(await findUserById(db, userId))) throw new AppError('not_found');
	const items = (await listApiTokens(db, userId)).map(presentApiToken);
	return json({ items, total: items.length });
});

export const POST: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	authorize(locals.actor, 'apiToken.manage');
	const app = getApp();
	const userId = idParam(params.id);
	const input = parseInput(
		apiTokenIssueSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	const { token, record } = await issueApiToken(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		{ userId, ...input }
	);
	return json({ token, apiToken: presentApiToken(record) }, { status: 201 });
});
