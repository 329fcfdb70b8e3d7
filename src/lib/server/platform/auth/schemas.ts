import { z } from 'zod';

export const sessionCreateSchema = z
	.object({
		username: z.string().trim().min(1).max(100),
		password: z.string().min(1).max(256)
	})
	.meta({ id: 'SessionCreate' });

export const apiTokenIssueSchema = z
	.object({
		name: z.string().trim().min(1).max(100),
		expiresInDays: z.number().int().min(1).max(3650).optional()
	})
	.meta({ id: 'ApiTokenIssue' });
