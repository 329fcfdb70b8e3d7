import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * The contract test: every answer of the API that a browser test receives is checked against the
 * OpenAPI document the same app serves. An undocumented operation or status, or a body its schema
 * does not allow (a field it lacks, a wrong type, a missing required field) fails the request,
 * and so the test that made it.
 */

interface Described {
	responses: Record<string, { content?: Record<string, unknown> } | undefined>;
}

interface OpenApiDocument {
	paths: Record<string, Record<string, Described | undefined>>;
}

interface Contract {
	document: OpenApiDocument;
	routes: { path: string; pattern: RegExp }[];
	ajv: Ajv2020;
}

const untouchedFetch = globalThis.fetch;
const contracts = new Map<string, Promise<Contract>>();

async function loadContract(origin: string): Promise<Contract> {
	const response = await untouchedFetch(`${origin}/api/v1/openapi.json`);
	if (!response.ok) throw new Error(`the OpenAPI document answered ${response.status}`);
	const document = (await response.json()) as OpenApiDocument;
	const ajv = new Ajv2020({ strict: false, allErrors: true });
	addFormats.default(ajv);
	ajv.addSchema(document, 'openapi');
	const routes = Object.keys(document.paths).map((path) => ({
		path,
		pattern: new RegExp(`^${path.replaceAll('.', '\\.').replaceAll(/\{\w+\}/g, '[^/]+')}$`)
	}));
	return { document, routes, ajv };
}

const pointer = (...parts: string[]) =>
	parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** What is wrong with an answer, by the document; nothing when it keeps to it. */
async function breach(
	contract: Contract,
	method: string,
	pathname: string,
	response: Response
): Promise<string | undefined> {
	const where = `${method.toUpperCase()} ${pathname} → ${response.status}`;
	const route = contract.routes.find(({ pattern }) => pattern.test(pathname));
	const operation = route && contract.document.paths[route.path]?.[method];
	const type = response.headers.get('content-type')?.split(';')[0] ?? '';
	if (!route || !operation) {
		// Unknown paths and methods answer in the API's error shape.
		if (response.status < 400) return `${where}: no such operation in the document`;
		const validate = contract.ajv.getSchema('openapi#/components/schemas/Error');
		return validate?.(await response.json()) ? undefined : `${where}: not the error shape`;
	}
	const described = operation.responses[String(response.status)];
	if (!described) return `${where}: the status is not documented`;
	if (!described.content) {
		return response.body && (await response.text()) !== ''
			? `${where}: a body where none is documented`
			: undefined;
	}
	if (!(type in described.content)) return `${where}: ${type} is not documented`;
	if (type !== 'application/json') return undefined;
	const validate: ValidateFunction | undefined = contract.ajv.getSchema(
		`openapi#/${pointer('paths', route.path, method, 'responses', String(response.status), 'content', type, 'schema')}`
	);
	if (!validate) return `${where}: no schema`;
	if (validate(await response.json())) return undefined;
	const errors = (validate.errors ?? []).map(({ instancePath, message, params }) => {
		const extra = 'additionalProperty' in params ? `: ${String(params.additionalProperty)}` : '';
		return `${instancePath || 'the body'} ${message ?? 'is wrong'}${extra}`;
	});
	return `${where}: ${errors.join('; ')}`;
}

function requestOf(input: RequestInfo | URL, init?: RequestInit) {
	const url = new URL(input instanceof Request ? input.url : String(input));
	const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toLowerCase();
	return { url, method };
}

globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
	const response = await untouchedFetch(input, init);
	const { url, method } = requestOf(input, init);
	// An answer without a request id never reached Saphan: the HTTP server refused the request
	// itself (431 for a head or address too long), before any operation.
	const reachedSaphan = response.headers.has('x-request-id');
	if (
		!reachedSaphan ||
		!url.pathname.startsWith('/api/v1/') ||
		url.pathname === '/api/v1/openapi.json'
	) {
		return response;
	}
	let contract = contracts.get(url.origin);
	if (!contract) {
		contract = loadContract(url.origin);
		contracts.set(url.origin, contract);
	}
	const problem = await breach(await contract, method, url.pathname, response.clone());
	if (problem) throw new Error(`The API broke its contract: ${problem}`);
	return response;
};
