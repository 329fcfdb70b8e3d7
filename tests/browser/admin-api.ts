import { afterAll, beforeAll } from 'vitest';
import { adminCookie, startBuiltApp, type RunningApp } from './server.ts';

/** For an API test file: the built app, started before its tests and stopped after, and the admin's session. */
export function useAdminApi() {
	let app: RunningApp | undefined;
	let cookie = '';
	beforeAll(async () => {
		app = await startBuiltApp();
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
		}
	};
}
