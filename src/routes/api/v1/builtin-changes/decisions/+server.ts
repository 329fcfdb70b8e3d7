import { getApp } from '#lib/server/app.ts';
import { builtinDecisionSchema, decideBuiltinChange } from '#lib/server/builtin-changes.ts';
import { apiHandler, authorize, parseInput, readJson } from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = apiHandler(async ({ locals, request }) => {
	authorize(locals.actor, 'builtinChange.review');
	const app = getApp();
	const input = parseInput(
		builtinDecisionSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	await decideBuiltinChange(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		input
	);
	return new Response(null, { status: 204 });
});
