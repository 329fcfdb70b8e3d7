import { catalogs, translate, type Locale, type MessageKey } from '../../i18n/index.ts';
import type { ExistingRecord } from './duplicates.ts';

export const errorStatus = {
	bad_request: 400,
	malformed_json: 400,
	idempotency_key_invalid: 400,
	unauthenticated: 401,
	invalid_credentials: 401,
	forbidden: 403,
	own_submission: 403,
	cross_site_request: 403,
	not_found: 404,
	conflict: 409,
	stale_version: 409,
	duplicate: 409,
	locked: 409,
	invalid_transition: 409,
	payload_too_large: 413,
	validation_failed: 422,
	idempotency_key_reused: 422,
	too_many_attempts: 429,
	too_many_attempts_from_address: 429,
	internal: 500
} as const;

export type ErrorCode = keyof typeof errorStatus;

export type FieldErrors = Record<
	string,
	{ key: MessageKey; params?: Record<string, string | number> }
>;

/**
 * The one error type of Saphan. `code` is stable and maps to a status and to a message in each
 * language (`error.<code>` in the catalogs); `detail` is for developers and logs only.
 */
export class AppError extends Error {
	readonly code: ErrorCode;
	readonly status: number;
	readonly fields?: FieldErrors;
	readonly params?: Record<string, string | number>;
	/** For a stale save: which fields others changed since the version the user saw, and who. */
	readonly changes?: { fields: string[]; actors: string[] };
	/** For a refused duplicate: the record that already has the natural key. */
	readonly existing?: ExistingRecord;

	constructor(
		code: ErrorCode,
		options: {
			detail?: string;
			fields?: FieldErrors;
			params?: Record<string, string | number>;
			changes?: { fields: string[]; actors: string[] };
			existing?: ExistingRecord;
		} = {}
	) {
		super(options.detail ?? code);
		this.code = code;
		this.status = errorStatus[code];
		this.fields = options.fields;
		this.params = options.params;
		this.changes = options.changes;
		this.existing = options.existing;
	}

	get messageKey(): MessageKey {
		return `error.${this.code}`;
	}
}

const isMessageKey = (key: string): key is MessageKey => key in catalogs.th;

/** What the user reads: the code's message, with changed fields named in the user's language. */
export function userMessage(error: AppError, locale: Locale): string {
	if (!error.changes) return translate(locale, error.messageKey, error.params);
	const fieldNames = error.changes.fields.map((field) => {
		const key = `field.${field}`;
		return isMessageKey(key) ? translate(locale, key) : field;
	});
	return translate(locale, error.messageKey, {
		...error.params,
		fields: `${fieldNames.join(', ')} — ${error.changes.actors.join(', ')}`
	});
}
