import { z } from 'zod';
import { integer, text } from '../fields.ts';

export const sessionCreateSchema = z
	.object({
		username: text(100),
		password: z.string().min(1).max(256)
	})
	.meta({ id: 'SessionCreate' });

export const apiTokenIssueSchema = z
	.object({
		name: text(100),
		expiresInDays: integer(1, 3650).optional()
	})
	.meta({ id: 'ApiTokenIssue' });
