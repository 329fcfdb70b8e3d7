import type { Endpoint, OperationDefinition } from './endpoint.ts';

export const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** An operation as the document lists it: its definition and the method its route exports. */
export interface Operation extends OperationDefinition {
	method: (typeof methods)[number];
}

/** The path a route file serves, in OpenAPI form: `./partners/[id]/+server.ts` is `/api/v1/partners/{id}`. */
export function routePath(file: string): string {
	const route = file.replace(/^\.\//, '').replace(/\/?\+server\.ts$/, '');
	return `/api/v1/${route.replaceAll(/\[(\w+)\]/g, '{$1}')}`.replace(/\/$/, '');
}

const isEndpoint = (value: unknown): value is Endpoint =>
	typeof value === 'function' && 'operation' in value;

/**
 * The operations of the API's route files (as `import.meta.glob` gives them, by file), each
 * with the method it is exported as. A definition whose path is not its file's is refused: the
 * router and the document must not disagree.
 */
export function collectOperations(routes: Record<string, Record<string, unknown>>): Operation[] {
	const operations: Operation[] = [];
	for (const [file, exports] of Object.entries(routes)) {
		for (const method of methods) {
			const handler = exports[method.toUpperCase()];
			if (!isEndpoint(handler)) continue;
			if (handler.operation.path !== routePath(file)) {
				throw new Error(`${file}: ${method} is defined for ${handler.operation.path}`);
			}
			operations.push({ ...handler.operation, method });
		}
	}
	return operations.sort(
		(a, b) => a.path.localeCompare(b.path) || methods.indexOf(a.method) - methods.indexOf(b.method)
	);
}
