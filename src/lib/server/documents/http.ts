import { error, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { AppError, contentDisposition, parseInput, userMessage } from '../platform/index.ts';

/** A generated file as a download: never cached, since it holds what the reader may see now. */
export function fileResponse(
	body: Uint8Array<ArrayBuffer> | string,
	contentType: string,
	fileName: string
): Response {
	return new Response(body, {
		headers: {
			'content-type': contentType,
			'content-disposition': contentDisposition(fileName),
			'cache-control': 'private, no-store'
		}
	});
}

/**
 * The query of a download a page links to (or `input` read from it), or the error page in the
 * reader's language.
 */
export function pageQuery<Schema extends z.ZodType>(
	event: Pick<RequestEvent, 'locals' | 'url'>,
	schema: Schema,
	input: unknown = Object.fromEntries(event.url.searchParams)
): z.output<Schema> {
	try {
		return parseInput(schema, input);
	} catch (caught) {
		if (!(caught instanceof AppError)) throw caught;
		error(caught.status, { message: userMessage(caught, event.locals.locale), code: caught.code });
	}
}
