import { json, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { getApp, type App } from '../app.ts';
import type { Db } from '../db/index.ts';
import {
	type Action,
	type Actor,
	type ChangeContext,
	apiHandler,
	AppError,
	authorize,
	createOnce,
	type errorStatus,
	parseInput,
	readJson
} from '../platform/index.ts';
import { parsePathParameters, type PathValues } from './path-parameters.ts';
import type { ApiTag } from './tags.ts';

export type ErrorCode = keyof typeof errorStatus;

/** Who may call an operation: anyone, anyone signed in, or whoever the policy grants the action. */
export type Permission = Action | 'anyone' | 'signed-in';

/** What a successful call answers: JSON of `schema`, a file of `mediaType`, or nothing (204). */
export interface Reply<Schema extends z.ZodType | undefined> {
	status: 200 | 201 | 204;
	description: string;
	schema?: Schema;
	mediaType?: string;
	/** Where the created record is read, for the `Location` header of a 201. */
	location?: (body: Schema extends z.ZodType ? z.input<Schema> : never) => string;
}

/** What a handler is given: the request, the caller and its input, already checked. */
export interface HandlerInput<
	Path extends string,
	Query extends z.ZodObject | undefined,
	Body extends z.ZodType | undefined,
	Who extends Permission
> {
	event: RequestEvent;
	app: App;
	/** The database to write through: a create's own transaction when it is idempotent. */
	db: Db;
	actor: Who extends 'anyone' ? Actor | null : Actor;
	context: Who extends 'anyone' ? undefined : ChangeContext;
	params: PathValues<Path>;
	query: Query extends z.ZodObject ? z.output<Query> : undefined;
	body: Body extends z.ZodType ? z.output<Body> : undefined;
}

/**
 * One operation of the API, defined once, next to its handler: the route file's path, what it
 * takes, what it answers and with which errors, who may call it. The router serves `handle`
 * through the exported method; the OpenAPI document is generated from the same definition.
 */
export interface EndpointDefinition<
	Path extends string,
	Query extends z.ZodObject | undefined,
	Body extends z.ZodType | undefined,
	Out extends z.ZodType | undefined,
	Who extends Permission
> {
	/** The path in OpenAPI form, `/api/v1/partners/{id}`: it must be the route file's own. */
	path: Path;
	operationId: string;
	summary: string;
	description?: string;
	tag: ApiTag;
	permission: Who;
	query?: Query;
	body?: Body;
	/** A request that `body` accepts, shown in the document (and checked against `body`). */
	example?: Body extends z.ZodType ? z.input<Body> : never;
	response: Reply<Out>;
	/**
	 * The refusals the handler itself can answer with. Those of the endpoint (permission, path,
	 * query, body, origin, idempotency key) the document adds by itself.
	 */
	errors?: ErrorCode[];
	/** A create that takes an `Idempotency-Key` header and answers a retry once (`createOnce`). */
	idempotent?: true;
	handle(
		input: HandlerInput<Path, Query, Body, Who>
	): Promise<Out extends z.ZodType ? z.input<Out> : Response | void>;
}

/** What the OpenAPI document reads of an endpoint: its definition without the handler. */
export type OperationDefinition = Omit<
	EndpointDefinition<
		string,
		z.ZodObject | undefined,
		z.ZodType | undefined,
		z.ZodType | undefined,
		Permission
	>,
	'handle'
>;

/** A request handler that carries the operation it serves. */
export type Endpoint = ((event: RequestEvent) => Promise<Response>) & {
	operation: OperationDefinition;
};

function checkPermission(actor: Actor | null, permission: Permission): void {
	if (permission === 'anyone') return;
	if (permission === 'signed-in') {
		if (!actor) throw new AppError('unauthenticated');
		return;
	}
	authorize(actor, permission);
}

/** Defines an operation and returns the handler that serves it, for a route file to export. */
export function endpoint<
	Path extends string,
	Query extends z.ZodObject | undefined = undefined,
	Body extends z.ZodType | undefined = undefined,
	Out extends z.ZodType | undefined = undefined,
	Who extends Permission = Permission
>(definition: EndpointDefinition<Path, Query, Body, Out, Who>): Endpoint {
	const { handle, ...operation } = definition;
	const { response } = operation;
	const serve = async (event: RequestEvent, app: App, db: Db): Promise<Response> => {
		const { locals, request, url } = event;
		const actor = locals.actor;
		checkPermission(actor, operation.permission);
		const input = {
			event,
			app,
			db,
			actor,
			context: actor ? { actor, requestId: locals.requestId } : undefined,
			params: parsePathParameters(operation.path, event.params),
			query: operation.query
				? parseInput(operation.query, Object.fromEntries(url.searchParams))
				: undefined,
			body: operation.body
				? parseInput(operation.body, await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES))
				: undefined
		} as HandlerInput<Path, Query, Body, Who>;
		const result: unknown = await handle(input);
		if (result instanceof Response) return result;
		if (!response.schema) return new Response(null, { status: response.status });
		const location = response.location?.(result as never);
		return json(result, {
			status: response.status,
			...(location ? { headers: { location } } : {})
		});
	};
	const handler = apiHandler((event: RequestEvent) => {
		const app = getApp();
		return operation.idempotent
			? createOnce(event, app, (db) => serve(event, app, db))
			: serve(event, app, app.database.db);
	});
	return Object.assign(handler, { operation: operation as OperationDefinition });
}
