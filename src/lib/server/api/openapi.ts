import { z } from 'zod';
import { errorStatus, idempotencyKeyHeader, idempotencyKeyHours } from '../platform/index.ts';
import { operations, type Operation } from './operations.ts';

type JsonSchema = Record<string, unknown>;

const errorSchema = z
	.object({
		error: z.object({
			code: z.enum(Object.keys(errorStatus) as [string, ...string[]]),
			message: z.string().meta({ description: "In the caller's language" }),
			fields: z.record(z.string(), z.string()).optional()
		})
	})
	.meta({ id: 'Error' });

/**
 * Converts a zod schema to JSON Schema 2020-12 (what OpenAPI 3.1 uses), moving named parts
 * into `components.schemas` and returning a reference to the whole when it is named itself.
 */
function convert(
	schema: z.ZodType,
	io: 'input' | 'output',
	components: Record<string, JsonSchema>
) {
	const {
		$defs,
		$schema: _,
		...json
	} = JSON.parse(
		JSON.stringify(z.toJSONSchema(schema, { io, unrepresentable: 'any' })).replaceAll(
			'"#/$defs/',
			'"#/components/schemas/'
		)
	) as JsonSchema & { $defs?: Record<string, JsonSchema> };
	Object.assign(components, $defs ?? {});
	const id = z.globalRegistry.get(schema)?.id;
	if (!id) return json;
	// A named schema converts to a reference to itself in $defs, already moved to components.
	if (!$defs?.[id]) components[id] = json;
	return { $ref: `#/components/schemas/${id}` };
}

function operationObject(operation: Operation, components: Record<string, JsonSchema>) {
	const pathParameters = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
		name,
		in: 'path',
		required: true,
		schema:
			name === 'fiscalYear'
				? { type: 'integer', description: 'Thai fiscal year in Buddhist Era, e.g. 2566' }
				: { type: 'string', format: 'uuid' }
	}));
	const queryParameters = Object.entries(operation.query?.shape ?? {}).map(([name, schema]) => ({
		name,
		in: 'query',
		required: !(schema as z.ZodType).safeParse(undefined).success,
		schema: convert(schema as z.ZodType, 'input', components)
	}));
	const headerParameters = operation.idempotent
		? [
				{
					name: idempotencyKeyHeader,
					in: 'header',
					required: false,
					description: `A key the client makes for this create (a UUID, say). A retry with the same key within ${idempotencyKeyHours} hours gets the first answer, with the same status and body and the header \`Idempotent-Replayed: true\`, instead of creating the record again; a retry while the first request is still working waits for it. Keys belong to the user who sends them; the same key with another body is refused with 422.`,
					schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' }
				}
			]
		: [];
	const responses: Record<string, unknown> = {};
	if (operation.response) {
		const { status, schema, description, mediaType } = operation.response;
		responses[status] = schema
			? {
					description,
					content: { 'application/json': { schema: convert(schema, 'output', components) } }
				}
			: mediaType
				? {
						description,
						content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } }
					}
				: { description };
	}
	const errors: (keyof typeof errorStatus)[] = operation.idempotent
		? [...operation.errors, 'idempotency_key_invalid', 'idempotency_key_reused']
		: operation.errors;
	for (const code of errors) {
		responses[errorStatus[code]] ??= {
			description: code,
			content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
		};
	}
	return {
		summary: operation.summary,
		description: `Permission: ${operation.permission}.`,
		tags: [operation.tag],
		parameters: [...pathParameters, ...queryParameters, ...headerParameters],
		...(operation.body
			? {
					requestBody: {
						required: true,
						content: {
							'application/json': { schema: convert(operation.body, 'input', components) }
						}
					}
				}
			: {}),
		responses,
		...(operation.permission === 'anyone' ? { security: [] } : {})
	};
}

/** The OpenAPI 3.1 document of /api/v1, generated from the schemas that validate requests. */
export function openApiDocument(serverUrl: string) {
	const components: Record<string, JsonSchema> = {};
	convert(errorSchema, 'output', components);
	const paths: Record<string, Record<string, unknown>> = {};
	for (const operation of operations) {
		paths[operation.path] ??= {};
		paths[operation.path]![operation.method] = operationObject(operation, components);
	}
	return {
		openapi: '3.1.0',
		info: {
			title: 'Saphan API',
			version: '1',
			description:
				'The API of Saphan, the Bangkok Metropolitan Administration International Affairs Office\'s system. Errors are {"error":{"code","message"}} with the message in the language of Accept-Language or the user\'s choice.'
		},
		servers: [{ url: serverUrl }],
		security: [{ session: [] }, { bearer: [] }],
		paths,
		components: {
			schemas: components,
			securitySchemes: {
				session: { type: 'apiKey', in: 'cookie', name: 'saphan_session' },
				bearer: { type: 'http', scheme: 'bearer' }
			}
		}
	};
}
