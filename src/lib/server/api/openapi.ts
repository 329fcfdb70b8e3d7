import { z } from 'zod';
import {
	errorStatus,
	idempotencyKeyHeader,
	idempotencyKeyHours,
	rolesGranted
} from '../platform/index.ts';
import type { Operation } from './collect.ts';
import type { ErrorCode } from './endpoint.ts';
import { parameterNames, pathParameters } from './path-parameters.ts';
import { apiTags } from './tags.ts';

type JsonSchema = Record<string, unknown>;

const errorSchema = z
	.object({
		error: z.object({
			code: z.enum(Object.keys(errorStatus) as [string, ...string[]]),
			message: z.string().meta({ description: "In the caller's language" }),
			fields: z
				.record(z.string(), z.string())
				.optional()
				.meta({ description: "Each refused field's message, by the field's path" }),
			existing: z
				.object({ id: z.uuid(), label: z.string(), href: z.string().optional() })
				.optional()
				.meta({ description: 'The record a refused duplicate collides with' })
		})
	})
	.meta({ id: 'Error' });

/** Names a schema in the document's components; one name is one shape, whoever names it. */
function nameSchema(components: Record<string, JsonSchema>, id: string, json: JsonSchema): void {
	const named = components[id];
	if (named && JSON.stringify(named) !== JSON.stringify(json)) {
		throw new Error(
			`two schemas are named ${id}: ${JSON.stringify(named)} and ${JSON.stringify(json)}`
		);
	}
	components[id] = json;
}

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
	for (const [partId, part] of Object.entries($defs ?? {})) nameSchema(components, partId, part);
	const id = z.globalRegistry.get(schema)?.id;
	if (!id) return json;
	// A named schema converts to a reference to itself in $defs, already moved to components.
	if (!$defs?.[id]) nameSchema(components, id, json);
	return { $ref: `#/components/schemas/${id}` };
}

/**
 * Every refusal an operation can answer with: those the endpoint itself gives (its permission,
 * its path, query and body, the origin check of writes, the idempotency key) and those its
 * handler names.
 */
function refusals(operation: Operation): ErrorCode[] {
	const codes = new Set<ErrorCode>(['bad_request']);
	if (operation.permission !== 'anyone') codes.add('unauthenticated');
	if (operation.permission !== 'anyone' && operation.permission !== 'signed-in') {
		codes.add('forbidden');
	}
	if (operation.method !== 'get') codes.add('cross_site_request');
	if (parameterNames(operation.path).length > 0) codes.add('not_found');
	if (operation.query || operation.body) codes.add('validation_failed');
	if (operation.body) {
		codes.add('malformed_json');
		codes.add('payload_too_large');
	}
	if (operation.idempotent) {
		codes.add('idempotency_key_invalid');
		codes.add('idempotency_key_reused');
	}
	for (const code of operation.errors ?? []) codes.add(code);
	return [...codes].sort((a, b) => errorStatus[a] - errorStatus[b]);
}

function operationObject(operation: Operation, components: Record<string, JsonSchema>) {
	const inPath = parameterNames(operation.path).map((name) => ({
		name,
		in: 'path',
		required: true,
		schema: convert(pathParameters[name], 'output', components)
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
	{
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
	const byStatus = new Map<number, ErrorCode[]>();
	for (const code of refusals(operation)) {
		byStatus.set(errorStatus[code], [...(byStatus.get(errorStatus[code]) ?? []), code]);
	}
	for (const [status, codes] of byStatus) {
		responses[status] = {
			description: codes.map((code) => `\`${code}\``).join(', '),
			content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
		};
	}
	return {
		operationId: operation.operationId,
		summary: operation.summary,
		description: [operation.description, `Permission: ${permissionText(operation.permission)}.`]
			.filter(Boolean)
			.join('\n\n'),
		tags: [operation.tag],
		parameters: [...inPath, ...queryParameters, ...headerParameters],
		...(operation.body
			? {
					requestBody: {
						required: true,
						content: {
							'application/json': {
								schema: convert(operation.body, 'input', components),
								...(operation.example === undefined ? {} : { example: operation.example })
							}
						}
					}
				}
			: {}),
		responses,
		...(operation.permission === 'anyone' ? { security: [] } : {})
	};
}

function permissionText(permission: Operation['permission']): string {
	if (permission === 'anyone') return 'anyone, without signing in';
	if (permission === 'signed-in') return 'any signed-in user';
	return `\`${permission}\`, granted to ${rolesGranted(permission).join(', ')}`;
}

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the operations the route files define:
 * the schemas that validate requests and shape answers, the permission, the errors.
 */
export function openApiDocument(operations: readonly Operation[], serverUrl: string) {
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
			license: {
				name: 'Proprietary: Bangkok Metropolitan Administration',
				identifier: 'LicenseRef-Proprietary'
			},
			description:
				'The API of Saphan, the Bangkok Metropolitan Administration International Affairs Office\'s system. Errors are {"error":{"code","message"}} with the message in the language of Accept-Language or the user\'s choice.'
		},
		servers: [{ url: serverUrl }],
		tags: Object.entries(apiTags).map(([name, description]) => ({ name, description })),
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
