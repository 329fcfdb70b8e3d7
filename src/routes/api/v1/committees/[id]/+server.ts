import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import type { Executor } from '#lib/server/db/index.ts';
import {
	committeeInputSchema,
	presentCommittee,
	updateCommittee
} from '#lib/server/engagements/index.ts';
import {
	apiHandler,
	AppError,
	authorize,
	idParam,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

/** One committee as the API shows it, or 404. */
async function presented(executor: Executor, id: string) {
	const committee = await presentCommittee(executor, id);
	if (!committee) throw new AppError('not_found');
	return committee;
}

export const GET: RequestHandler = apiHandler(async ({ locals, params }) => {
	authorize(locals.actor, 'engagement.read');
	return json(await presented(getApp().database.db, idParam(params.id)));
});

/** Changes a committee at the version the caller saw. */
export const PUT: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	authorize(locals.actor, 'engagement.manage');
	const app = getApp();
	const id = idParam(params.id);
	const input = parseInput(
		committeeInputSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	await updateCommittee(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		id,
		input
	);
	return json(await presented(app.database.db, id));
});
