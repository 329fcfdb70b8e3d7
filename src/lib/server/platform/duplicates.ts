import type { MessageKey } from '../../i18n/index.ts';
import { AppError } from './errors.ts';

/** The record a refused duplicate collides with: what the refusal names and links. */
export interface ExistingRecord {
	id: string;
	label: string;
	/** Its page, when it has one. */
	href?: string;
}

/**
 * The refusal of a record whose natural key another already has: a 409 naming that one, its
 * message on the form field that holds the key.
 */
export function duplicateOf(field: string, key: MessageKey, existing: ExistingRecord): AppError {
	return new AppError('duplicate', {
		fields: { [field]: { key, params: { name: existing.label } } },
		existing,
		detail: `${existing.id} has the same ${field}`
	});
}

/**
 * The unique index a write broke, or undefined for any other error. Drizzle wraps the driver's
 * error as `cause`; PGlite names the index `constraint`, postgres.js `constraint_name`.
 */
export function uniqueViolation(error: unknown): string | undefined {
	for (let current = error; current instanceof Error; current = current.cause) {
		const fields = current as Error & {
			code?: unknown;
			constraint?: unknown;
			constraint_name?: unknown;
		};
		if (fields.code === '23505') {
			const name = fields.constraint ?? fields.constraint_name;
			return typeof name === 'string' ? name : '';
		}
	}
	return undefined;
}

/**
 * Runs a write that can lose a race for a natural key. Its own check finds no duplicate while a
 * concurrent write has not yet committed; the unique index then refuses it, and `explain`, run
 * after the winner committed, throws the refusal naming the record that won.
 */
export async function refuseDuplicates<Result>(
	write: () => Promise<Result>,
	explain: (constraint: string) => Promise<void>
): Promise<Result> {
	try {
		return await write();
	} catch (error) {
		const constraint = uniqueViolation(error);
		if (constraint === undefined) throw error;
		await explain(constraint);
		throw new AppError('duplicate', { detail: `unique index ${constraint}` });
	}
}
