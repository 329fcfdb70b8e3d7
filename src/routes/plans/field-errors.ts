import { AppError, type FieldErrors } from '#lib/server/platform/index.ts';

/** Moves a failure's field errors onto the fields the form shows; anything else passes through. */
export function renameFields(caught: unknown, rename: (path: string) => string): unknown {
	if (!(caught instanceof AppError) || !caught.fields) return caught;
	const fields: FieldErrors = {};
	for (const [path, error] of Object.entries(caught.fields)) fields[rename(path)] ??= error;
	return new AppError(caught.code, { fields, params: caught.params });
}
