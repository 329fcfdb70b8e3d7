import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { translate, type MessageKey } from '../../../i18n/index.ts';
import type { Actor } from '../actor.ts';
import { AppError, userMessage } from '../errors.ts';
import { can, type Action } from '../policy.ts';
import { localizeFields } from './api.ts';
import { idParam } from './ids.ts';

/**
 * The page-side twin of `authorize`: nobody is sent to log in and comes back after, the wrong
 * role gets the 403 page in their language.
 */
export function requirePage(event: Pick<RequestEvent, 'locals' | 'url'>, action: Action): Actor {
	const { actor, locale } = event.locals;
	if (!actor) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/login?next=${encodeURIComponent(next)}`);
	}
	if (!can(actor, action)) {
		error(403, { message: translate(locale, 'page.forbiddenBody'), code: 'forbidden' });
	}
	return actor;
}

/** The not-found page, for an address that names no record. */
export function notFoundPage(event: Pick<RequestEvent, 'locals'>): never {
	error(404, { message: translate(event.locals.locale, 'error.not_found'), code: 'not_found' });
}

/**
 * An id in the address (`id` unless another parameter is named): one that is not a UUID names
 * nothing, so it is the 404 page.
 */
export function pageId(
	event: { params: Partial<Record<string, string>>; locals: App.Locals },
	param = 'id'
): string {
	try {
		return idParam(event.params[param]);
	} catch {
		notFoundPage(event);
	}
}

/** Turns the one error type into what a page shows: 404, 403, or the form back with its errors. */
export function failFormOrPage<Values extends object | undefined = undefined>(
	event: Pick<RequestEvent, 'locals'>,
	caught: unknown,
	values?: Values
) {
	if (!(caught instanceof AppError)) throw caught;
	const { locale } = event.locals;
	const message = userMessage(caught, locale);
	if (caught.status === 404 || caught.status === 403 || caught.status === 401) {
		error(caught.status, { message, code: caught.code });
	}
	return fail(caught.status, {
		message,
		fields: localizeFields(caught, locale) ?? {},
		existing: caught.existing,
		values
	});
}

/** The address parameter naming what a form on the page has just saved. */
const savedParam = 'saved';

/**
 * Answers a successful form post with 303 to the page it was posted from (its query kept, the
 * action dropped), naming what was saved: reloading then shows the page, never posts again.
 */
export function redirectSaved(event: Pick<RequestEvent, 'url'>, saved: string, hash = ''): never {
	const query = new URLSearchParams();
	for (const [name, value] of event.url.searchParams) {
		if (!name.startsWith('/')) query.append(name, value);
	}
	redirectSavedTo(`${event.url.pathname}?${query}`, saved, hash);
}

/**
 * Answers a successful form post with 303 to another page of this site (`address`: a path, with
 * its query if it has one), naming what was saved, as `redirectSaved` does for the page itself:
 * the page shows its notice from the address (`savedNotice`).
 */
export function redirectSavedTo(address: string, saved: string, hash = ''): never {
	const target = new URL(address, 'http://saphan.invalid');
	target.searchParams.set(savedParam, saved);
	redirect(303, `${target.pathname}${target.search}${hash}`);
}

/** The notice for what the address says was just saved, if it is one of the page's own. */
export function savedNotice(
	event: Pick<RequestEvent, 'url' | 'locals'>,
	notices: Record<string, MessageKey>,
	params?: Record<string, string | number>
): string | null {
	const saved = event.url.searchParams.get(savedParam) ?? '';
	const key = Object.hasOwn(notices, saved) ? notices[saved] : undefined;
	return key ? translate(event.locals.locale, key, params) : null;
}
