import { apiHandler, AppError } from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

/** Unknown API paths answer in the API's error shape, not with an HTML page. */
export const fallback: RequestHandler = apiHandler(async () => {
	throw new AppError('not_found');
});
