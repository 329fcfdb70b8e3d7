import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	authorize,
	createOnce,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
import {
	createPartner,
	listPartners,
	partnerFilterSchema,
	partnerInputSchema,
	presentPartner
} from '#lib/server/partners/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, url }) => {
	authorize(locals.actor, 'partner.read');
	const app = getApp();
	const filter = parseInput(partnerFilterSchema, Object.fromEntries(url.searchParams));
	const { items, total } = await listPartners(
		app.database.db,
		filter,
		app.config.SAPHAN_PARTNER_DORMANT_YEARS
	);
	return json({
		items: items.map((partner) => presentPartner(partner, partner.dormant)),
		total
	});
});

export const POST: RequestHandler = apiHandler((event) =>
	createOnce(event, getApp(), async (db) => {
		const { locals, request } = event;
		authorize(locals.actor, 'partner.manage');
		const app = getApp();
		const input = parseInput(
			partnerInputSchema,
			await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
		);
		const created = await createPartner(
			db,
			{ actor: locals.actor, requestId: locals.requestId },
			input
		);
		return json(presentPartner({ ...created, country: null, lastActivityOn: null }, false), {
			status: 201,
			headers: { location: `/api/v1/partners/${created.id}` }
		});
	})
);
