import { requirePage } from '#lib/server/platform/index.ts';
import { worldSvg } from '#lib/server/partners/index.ts';
import type { RequestHandler } from './$types';

/** The world's outlines under the map of partners: the same for every request, cached a day. */
export const GET: RequestHandler = (event) => {
	requirePage(event, 'partner.read');
	return new Response(worldSvg, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control': 'private, max-age=86400'
		}
	});
};
