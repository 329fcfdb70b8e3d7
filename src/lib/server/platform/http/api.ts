import { json, type RequestEvent } from '@sveltejs/kit';
import { translate, type Locale } from '../../../i18n/index.ts';
import { AppError, userMessage } from '../errors.ts';
import { log } from '../log.ts';

export function localizeFields(
	error: AppError,
	locale: Locale
): Record<string, string> | undefined {
	if (!error.fields) return undefined;
	return Object.fromEntries(
		Object.entries(error.fields).map(([field, { key, params }]) => [
			field,
			translate(locale, key, params)
		])
	);
}

/** The API's one error shape: `{"error":{"code","message"}}`, the message in the caller's language. */
export function errorResponse(error: unknown, locale: Locale, requestId: string): Response {
	const appError =
		error instanceof AppError ? error : new AppError('internal', { detail: String(error) });
	if (appError.status >= 500) {
		log('error', 'request failed', {
			requestId,
			error: error instanceof Error ? (error.stack ?? error.message) : String(error)
		});
	}
	return json(
		{
			error: {
				code: appError.code,
				message: userMessage(appError, locale),
				...(appError.fields ? { fields: localizeFields(appError, locale) } : {}),
				...(appError.existing ? { existing: appError.existing } : {})
			}
		},
		{ status: appError.status }
	);
}

/** Wraps an API handler so every thrown error leaves as the API's error shape. */
export function apiHandler<Event extends RequestEvent>(
	handler: (event: Event) => Promise<Response>
) {
	return async (event: Event): Promise<Response> => {
		try {
			return await handler(event);
		} catch (error) {
			return errorResponse(error, event.locals.locale, event.locals.requestId);
		}
	};
}

/** Reads a JSON body up to `limit` bytes; too large is 413, unparseable is 400. */
export async function readJson(request: Request, limit: number): Promise<unknown> {
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > limit) throw new AppError('payload_too_large', { params: { limit } });
	if (!request.body) throw new AppError('malformed_json', { detail: 'empty body' });
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			throw new AppError('payload_too_large', { params: { limit } });
		}
		chunks.push(value);
	}
	const text = new TextDecoder().decode(Buffer.concat(chunks));
	try {
		return JSON.parse(text);
	} catch {
		throw new AppError('malformed_json');
	}
}
