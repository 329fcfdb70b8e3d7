import { afterAll, beforeAll } from 'vitest';
import { startSeededApp } from './seeded.ts';
import { adminCookie, type RunningApp } from './server.ts';

/** For an API test file: the built app, started before its tests and stopped after, and the admin's session. */
export function useAdminApi() {
	let app: RunningApp | undefined;
	let cookie = '';
	beforeAll(async () => {
		app = await startSeededApp();
		cookie = await adminCookie(app.baseUrl);
	});
	afterAll(() => app?.stop());
	return {
		get baseUrl() {
			if (!app) throw new Error('the app has not started');
			return app.baseUrl;
		},
		get cookie() {
			return cookie;
		},
		/** A JSON request in the admin's session, from the app's own origin. */
		send(method: string, path: string, body?: unknown, language = 'th') {
			if (!app) throw new Error('the app has not started');
			return fetch(`${app.baseUrl}${path}`, {
				method,
				headers: {
					cookie,
					origin: app.baseUrl,
					'accept-language': language,
					...(body === undefined ? {} : { 'content-type': 'application/json' })
				},
				body: body === undefined ? undefined : JSON.stringify(body)
			});
		}
	};
}
