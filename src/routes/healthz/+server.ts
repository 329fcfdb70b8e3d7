import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import type { RequestHandler } from './$types';

/** Up once the database answers a query. */
export const GET: RequestHandler = async () => {
	try {
		await getApp().database.ping();
		return json({ status: 'ok' });
	} catch {
		return json({ status: 'unavailable' }, { status: 503 });
	}
};
