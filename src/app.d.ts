import type { Locale } from '#lib/i18n/index.ts';
import type { Actor } from '#lib/server/platform/index.ts';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
			requestId?: string;
		}
		interface Locals {
			requestId: string;
			locale: Locale;
			actor: Actor | null;
			sessionToken: string | null;
			authMethod: 'session' | 'token' | null;
		}
	}
}

export {};
