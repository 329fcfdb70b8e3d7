import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	commitmentChangeSchema,
	commitmentStatusInputSchema,
	updateCommitment,
	updateCommitmentStatus
} from '#lib/server/engagements/index.ts';
import {
	apiHandler,
	authorize,
	idParam,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

/** Moves a commitment on: its status, at the version the caller saw. */
export const PATCH: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	authorize(locals.actor, 'commitment.update');
	const app = getApp();
	const commitmentId = idParam(params.id);
	const input = parseInput(
		commitmentStatusInputSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	const updated = await updateCommitmentStatus(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		commitmentId,
		input
	);
	return json({ id: updated.id, status: updated.status, version: updated.version });
});

/** Changes what a commitment is, at the version the caller saw; its status moves on by PATCH. */
export const PUT: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	authorize(locals.actor, 'engagement.manage');
	const app = getApp();
	const input = parseInput(
		commitmentChangeSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	const updated = await updateCommitment(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		idParam(params.id),
		input
	);
	return json({ id: updated.id, status: updated.status, version: updated.version });
});
