import { z } from 'zod';

/** The answer of a list operation: the items of the page asked for, and how many match in all. */
export const listOf = <Item extends z.ZodType>(item: Item) =>
	z.object({ items: z.array(item), total: z.number().int().min(0) });
