import { json } from '@sveltejs/kit';
import { openApiDocument } from '#lib/server/api/index.ts';
import { operations } from '../operations.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => json(openApiDocument(operations, url.origin));
