import type { Cookies } from '@sveltejs/kit';
import type { Locale } from '../../../i18n/index.ts';

export const sessionCookieName = 'saphan_session';
export const localeCookieName = 'saphan_locale';

/** httpOnly, SameSite=Lax, and Secure whenever the page was served over HTTPS. */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expires: Date): void {
	cookies.set(sessionCookieName, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(sessionCookieName, { path: '/', secure: url.protocol === 'https:' });
}

export function setLocaleCookie(cookies: Cookies, url: URL, locale: Locale): void {
	cookies.set(localeCookieName, locale, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 365 * 24 * 60 * 60
	});
}

/**
 * The secret of a token or address just made crosses the redirect in a cookie that only the page
 * it was made on reads, once, within minutes: never in an address, where logs and history would
 * keep it.
 */
const issuedSecretCookie = 'saphan_issued_token';

function secretCookieOptions(url: URL) {
	return {
		path: url.pathname,
		httpOnly: true,
		sameSite: 'strict',
		secure: url.protocol === 'https:'
	} as const;
}

/** Keeps a secret just made for the page after the redirect to show once. */
export function keepIssuedSecret(event: { cookies: Cookies; url: URL }, secret: string): void {
	event.cookies.set(issuedSecretCookie, secret, {
		...secretCookieOptions(event.url),
		maxAge: 5 * 60
	});
}

/** The secret just made, if any, which this page shows now and never again. */
export function takeIssuedSecret(event: { cookies: Cookies; url: URL }): string | null {
	const secret = event.cookies.get(issuedSecretCookie) ?? null;
	if (secret) event.cookies.delete(issuedSecretCookie, secretCookieOptions(event.url));
	return secret;
}
