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

/** Reads a request body up to `limit` bytes; too large is 413. */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > limit) throw new AppError('payload_too_large', { params: { limit } });
	if (!request.body) return new Uint8Array();
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
	return Buffer.concat(chunks);
}

/** Bytes that are not UTF-8 are refused rather than read as replacement characters. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a JSON body up to `limit` bytes; too large is 413, not UTF-8 or unparseable is 400. */
export async function readJson(request: Request, limit: number): Promise<unknown> {
	if (!request.body) throw new AppError('malformed_json', { detail: 'empty body' });
	const bytes = await readBody(request, limit);
	try {
		return JSON.parse(utf8.decode(bytes));
	} catch {
		throw new AppError('malformed_json');
	}
}
