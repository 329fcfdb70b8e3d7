import { z } from 'zod';
import { AppError } from '../errors.ts';

const uuid = z.uuid();

/** A path id that is not a UUID names nothing: 404, before any query runs. */
export function idParam(value: string | undefined): string {
	const parsed = uuid.safeParse(value);
	if (!parsed.success) throw new AppError('not_found');
	return parsed.data;
}

/** Whether a value from the address (such as a query parameter) is an id at all. */
export const isId = (value: string | null | undefined): value is string =>
	uuid.safeParse(value).success;
