import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import type { RequestHandler } from './$types';

/** Unknown API paths answer in the API's error shape, not with an HTML page. */
export const fallback: RequestHandler = apiHandler(async () => {
	throw new AppError('not_found');
});
