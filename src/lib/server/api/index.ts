/** The api module's entry: what other modules and the routes may use. */

export { openApiDocument } from './openapi.ts';
