import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { isLocale, negotiateLocale, translate, type Locale } from '#lib/i18n/index.ts';
import { getApp, startApp, stopApp } from '#lib/server/app.ts';
import { ConfigError } from '#lib/server/config.ts';
import { DataDirLockedError } from '#lib/server/db/index.ts';
import {
	AppError,
	authenticate,
	errorResponse,
	hasControlCharacter,
	localeCookieName,
	log,
	userMessage
} from '#lib/server/platform/index.ts';

export const init: ServerInit = async () => {
	try {
		await startApp();
	} catch (error) {
		if (error instanceof ConfigError || error instanceof DataDirLockedError) {
			process.stderr.write(`${error.message}\n`);
			process.exit(1);
		}
		throw error;
	}
	process.once('sveltekit:shutdown', async (reason) => {
		log('info', 'shutting down', { reason });
		await stopApp();
	});
};

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const securityHeaders = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
	'cross-origin-opener-policy': 'same-origin'
};

function requestLocale(isApi: boolean, request: Request, cookieLocale: string | undefined): Locale {
	const header = request.headers.get('accept-language');
	if (isApi && header) return negotiateLocale(header);
	return isLocale(cookieLocale) ? cookieLocale : 'th';
}

export const handle: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const incoming = event.request.headers.get('x-request-id');
	const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
	const path = event.url.pathname;
	const isApi = path.startsWith('/api/');
	Object.assign(event.locals, {
		requestId,
		locale: requestLocale(isApi, event.request, event.cookies.get(localeCookieName)),
		actor: null,
		sessionToken: null,
		authMethod: null
	} satisfies App.Locals);

	let response: Response;
	try {
		if (hasUnreadableQuery(event.url)) throw new AppError('bad_request');
		const app = getApp();
		await authenticate(event, app.database.db, app.config.SAPHAN_SESSION_DAYS);
		if (event.locals.actor && !(isApi && event.request.headers.get('accept-language'))) {
			event.locals.locale = event.locals.actor.locale;
		}
		if (
			isForgeable(event.request, event.locals.authMethod) &&
			!sameOrigin(event.request, event.url)
		) {
			throw new AppError('cross_site_request');
		}
		if (isApi && unsafeMethods.has(event.request.method)) {
			const declared = Number(event.request.headers.get('content-length') ?? 0);
			if (declared > app.config.SAPHAN_MAX_JSON_BYTES) {
				throw new AppError('payload_too_large', {
					params: { limit: app.config.SAPHAN_MAX_JSON_BYTES }
				});
			}
		}
		response = await resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
		});
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		response = isApi
			? errorResponse(error, event.locals.locale, requestId)
			: new Response(userMessage(error, event.locals.locale), {
					status: error.status,
					headers: { 'content-type': 'text/plain; charset=utf-8' }
				});
	}

	for (const [name, value] of Object.entries(securityHeaders)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	if (!response.headers.has('content-security-policy')) {
		response.headers.set('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
	}
	const ms = performance.now() - started;
	response.headers.set('x-request-id', requestId);
	response.headers.set('server-timing', `app;dur=${ms.toFixed(1)}`);
	if (event.locals.actor) response.headers.set('cache-control', 'private, no-store');

	log('info', 'request', {
		requestId,
		method: event.request.method,
		path: loggedPath(path),
		status: response.status,
		ms: Math.round(ms),
		user: event.locals.actor?.username ?? null
	});
	return response;
};

/**
 * A query holding control characters (such as `%00`, which PostgreSQL cannot store or compare) is
 * refused here, before any page, filter or search reads it.
 */
function hasUnreadableQuery(url: URL): boolean {
	for (const [name, value] of url.searchParams) {
		if (hasControlCharacter(name) || hasControlCharacter(value)) return true;
	}
	return false;
}

/**
 * A write a foreign page could make a browser send: anything riding on the session cookie, and
 * any form post. Bearer-token calls cannot be forged that way, and JSON needs a CORS preflight.
 */
function isForgeable(request: Request, authMethod: App.Locals['authMethod']): boolean {
	if (!unsafeMethods.has(request.method) || authMethod === 'token') return false;
	if (authMethod === 'session') return true;
	const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
	return !type || !type.endsWith('json');
}

/** Such writes must come from our own pages: a browser always says where from. */
function sameOrigin(request: Request, url: URL): boolean {
	const origin = request.headers.get('origin');
	if (origin) return origin === url.origin;
	return request.headers.get('sec-fetch-site') === 'same-origin';
}

/** A calendar subscription's address is its secret: the log never holds it. */
const loggedPath = (path: string) =>
	path.replace(/^\/calendar\/[^/]*\.ics$/, '/calendar/(secret).ics');

export const handleError: HandleServerError = (input) => {
	const { event } = input;
	const requestId = event.locals.requestId ?? randomUUID();
	if (input.kind === 'unknown') {
		log('error', 'unhandled error', {
			requestId,
			path: loggedPath(event.url.pathname),
			error:
				input.error instanceof Error
					? (input.error.stack ?? input.error.message)
					: String(input.error)
		});
		return { message: translate(event.locals.locale ?? 'th', 'error.internal'), requestId };
	}
	return { ...input.error, requestId };
};
