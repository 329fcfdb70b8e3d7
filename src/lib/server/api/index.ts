/** The api module's entry: what the routes may use. */

export { collectOperations, type Operation } from './collect.ts';
export { endpoint, type Endpoint, type ErrorCode } from './endpoint.ts';
export { listOf } from './list.ts';
export { openApiDocument } from './openapi.ts';
