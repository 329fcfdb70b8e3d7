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
