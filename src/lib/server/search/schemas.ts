import { z } from 'zod';
import { integerParam, text } from '../platform/index.ts';
import { maxQueryLength } from './query.ts';

/** The search contract's input: a query, an optional type and how many results (1–50). */
export const searchQuerySchema = (types: readonly string[]) =>
	z
		.object({
			q: z
				.string({ error: 'validation.queryRequired' })
				.trim()
				.min(1, { error: 'validation.queryRequired' })
				.max(maxQueryLength, { error: 'validation.queryTooLong' })
				.pipe(text(maxQueryLength)),
			type: z
				.enum(types as [string, ...string[]])
				.optional()
				.transform((value) => value ?? null),
			limit: integerParam(1, 50).default(20)
		})
		.meta({ id: 'SearchQuery' });
