import { z } from 'zod';
import { AppError } from '../platform/index.ts';

/**
 * Every parameter a path of the API may hold, by name, with how it is read. A value that does
 * not read names nothing: 404, before any query runs.
 */
export const pathParameters = {
	id: z.uuid(),
	tokenId: z.uuid(),
	contactId: z.uuid(),
	fiscalYear: z.coerce
		.number()
		.int()
		.min(2500)
		.max(2700)
		.meta({ description: 'Thai fiscal year in Buddhist Era, e.g. 2566' }),
	sequence: z.coerce
		.number()
		.int()
		.min(1)
		.max(100_000)
		.meta({ description: "The report's number within its project, from 1" })
} as const;

export type PathParameter = keyof typeof pathParameters;

type NamesIn<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
	? Name | NamesIn<Rest>
	: never;

/** The values of a path's parameters, read: `/partners/{id}` gives `{ id: string }`. */
export type PathValues<Path extends string> = {
	[Name in NamesIn<Path> & PathParameter]: z.output<(typeof pathParameters)[Name]>;
};

/** The names of the parameters in a path of OpenAPI form, in order. */
export function parameterNames(path: string): PathParameter[] {
	return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => {
		if (!(name! in pathParameters)) throw new Error(`${path}: unknown path parameter ${name}`);
		return name as PathParameter;
	});
}

/** Reads the parameters of a request's path as its operation's path names them. */
export function parsePathParameters<Path extends string>(
	path: Path,
	params: Partial<Record<string, string>>
): PathValues<Path> {
	const values: Record<string, unknown> = {};
	for (const name of parameterNames(path)) {
		const parsed = pathParameters[name].safeParse(params[name]);
		if (!parsed.success) throw new AppError('not_found');
		values[name] = parsed.data;
	}
	return values as PathValues<Path>;
}
