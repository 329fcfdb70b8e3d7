import { json } from '@sveltejs/kit';
import { openApiDocument } from '#lib/server/api/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => json(openApiDocument(url.origin));
