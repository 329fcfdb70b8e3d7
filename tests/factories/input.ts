import type { z } from 'zod';
import { parseInput } from '../../src/lib/server/platform/validation.ts';

/**
 * A use case's input: a factory's defaults with the fields given over them, checked by the use
 * case's own schema as a form's or the API's input is.
 */
export const inputOf = <Schema extends z.ZodType>(
	schema: Schema,
	defaults: Partial<z.input<Schema>>,
	fields: Partial<z.input<Schema>>
): z.output<Schema> => parseInput(schema, { ...defaults, ...fields });

/** The fields a factory takes: any of its input's. */
export type Fields<Schema extends z.ZodType> = Partial<z.input<Schema>>;
