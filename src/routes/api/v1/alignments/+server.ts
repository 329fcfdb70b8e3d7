import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	AppError,
	createOnce,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
import { addAlignment, alignmentInputSchema } from '#lib/server/plans/index.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = apiHandler((event) =>
	createOnce(event, getApp(), async (db) => {
		const { locals, request } = event;
		if (!locals.actor) throw new AppError('unauthenticated');
		const app = getApp();
		const input = parseInput(
			alignmentInputSchema,
			await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
		);
		const alignment = await addAlignment(
			db,
			{ actor: locals.actor, requestId: locals.requestId },
			input
		);
		return json(
			{
				id: alignment.id,
				fromElementId: alignment.fromElementId,
				toElementId: alignment.toElementId,
				noteTh: alignment.noteTh,
				noteEn: alignment.noteEn
			},
			{ status: 201 }
		);
	})
);
