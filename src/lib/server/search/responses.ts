import { z } from 'zod';

/** One record found: where it is read, and the words that matched in context. */
const searchHitSchema = z
	.object({
		type: z.string().meta({ description: 'The kind of record, as the `type` filter names it' }),
		id: z.uuid(),
		title: z.string(),
		snippet: z.string().meta({ description: 'HTML, the matched words in <mark>' }),
		url: z.string(),
		score: z.number()
	})
	.meta({ id: 'SearchHit' });

export const searchResponseSchema = z
	.object({
		total: z.number().int().min(0).max(1000),
		totalCapped: z.boolean().meta({
			description: 'True when there are more than `total` matches: counting stopped at 1,000'
		}),
		results: z.array(searchHitSchema)
	})
	.meta({ id: 'SearchResults' });

export type SearchResult = z.input<typeof searchResponseSchema>;
