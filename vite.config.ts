import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit({
			adapter: adapter({ precompress: true }),
			// The origin check lives in hooks.server.ts, where it knows how the request was
			// authenticated: bearer-token API calls need no Origin, cookie-based writes do.
			csrf: { trustedOrigins: ['*'] },
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none']
				}
			}
		})
	],
	test: {
		projects: [
			// Test files share their worker's modules (isolate: false): importing the server's modules
			// once per worker instead of once per file more than halves the unit and integration runs.
			// Each file still makes its own data, in a database of its own.
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node', isolate: false }
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					globalSetup: ['tests/integration/global-setup.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 120_000,
					isolate: false,
					// Two files at a time took as long on two cores: PGlite keeps one busy already.
					fileParallelism: false
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/browser/global-setup.ts'],
					setupFiles: ['tests/browser/contract.ts'],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 180_000,
					// Each file has its own app, data folder and browser; while one waits on the other,
					// a second file uses the idle core.
					maxWorkers: 2
				}
			}
		]
	}
});
