import { setActiveHandler } from '../set-active.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = setActiveHandler(true);
