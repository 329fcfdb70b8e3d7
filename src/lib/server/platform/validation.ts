import type { z } from 'zod';
import { catalogs, type MessageKey } from '../../i18n/index.ts';
import { AppError, type FieldErrors } from './errors.ts';

const isMessageKey = (value: string): value is MessageKey => value in catalogs.th;

function fieldErrorsOf(error: z.ZodError): FieldErrors {
	const fields: FieldErrors = {};
	for (const issue of error.issues) {
		const path = issue.path.join('.') || '_';
		if (fields[path]) continue;
		const params: Record<string, string | number> = {};
		if ('minimum' in issue) params.min = Number(issue.minimum);
		if ('maximum' in issue) params.max = Number(issue.maximum);
		let key: MessageKey = 'validation.invalid';
		if (isMessageKey(issue.message)) key = issue.message;
		else if (issue.code === 'invalid_type' && issue.input === undefined)
			key = 'validation.required';
		else if (issue.code === 'too_small' && issue.origin === 'string') {
			key = params.min === 1 ? 'validation.required' : 'validation.tooShort';
		} else if (issue.code === 'too_big' && issue.origin === 'string') key = 'validation.tooLong';
		fields[path] = { key, params };
	}
	return fields;
}

/**
 * Parses input at a boundary. Schemas name catalog keys as their messages, so a failure becomes
 * a 422 whose field messages are shown in the user's language.
 */
export function parseInput<Schema extends z.ZodType>(
	schema: Schema,
	input: unknown
): z.output<Schema> {
	const parsed = schema.safeParse(input, { reportInput: true });
	if (parsed.success) return parsed.data;
	throw new AppError('validation_failed', { fields: fieldErrorsOf(parsed.error) });
}
