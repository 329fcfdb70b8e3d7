import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { createOnce } from '#lib/server/platform/http/create-once.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { addAlignment } from '#lib/server/plans/alignments.ts';
import { alignmentInputSchema } from '#lib/server/plans/schemas.ts';
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
