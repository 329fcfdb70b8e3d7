import { z } from 'zod';
import type { Db, Executor } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { recordAudit } from '../audit/record.ts';
import { AppError } from '../errors.ts';
import { findUserById } from '../users/repository.ts';
import {
	type ApiTokenRow,
	findApiToken,
	insertApiToken,
	markApiTokenRevoked,
	markLiveApiTokenUsed
} from './api-tokens-repository.ts';
import { digest, newSecret } from './secrets.ts';

const tokenPrefix = 'sph_';

export const apiTokenSchema = z
	.object({
		id: z.uuid(),
		name: z.string(),
		prefix: z.string(),
		createdAt: z.iso.datetime(),
		lastUsedAt: z.iso.datetime().nullable(),
		expiresAt: z.iso.datetime().nullable(),
		revokedAt: z.iso.datetime().nullable()
	})
	.meta({ id: 'ApiToken' });

export function presentApiToken(token: ApiTokenRow): z.input<typeof apiTokenSchema> {
	return {
		id: token.id,
		name: token.name,
		prefix: token.prefix,
		createdAt: token.createdAt.toISOString(),
		lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
		expiresAt: token.expiresAt?.toISOString() ?? null,
		revokedAt: token.revokedAt?.toISOString() ?? null
	};
}

/** Issues a token for a user; the secret is returned once and only its digest is stored. */
export async function issueApiToken(
	db: Db,
	context: ChangeContext,
	input: { userId: string; name: string; expiresInDays?: number }
): Promise<{ token: string; record: ApiTokenRow }> {
	const secret = `${tokenPrefix}${newSecret()}`;
	return db.transaction(async (tx) => {
		const user = await findUserById(tx, input.userId);
		if (!user || !user.active) throw new AppError('not_found');
		const expiresAt = input.expiresInDays
			? new Date(Date.now() + input.expiresInDays * 24 * 60 * 60 * 1000)
			: null;
		const record = await insertApiToken(tx, {
			userId: input.userId,
			name: input.name,
			tokenHash: digest(secret),
			prefix: secret.slice(0, tokenPrefix.length + 6),
			expiresAt
		});
		if (!record) throw new AppError('internal', { detail: 'token insert returned nothing' });
		await recordAudit(tx, context, {
			action: 'issue_token',
			entityType: 'api_token',
			entityId: record.id,
			after: { userId: input.userId, ...presentApiToken(record) }
		});
		return { token: secret, record };
	});
}

export async function revokeApiToken(
	db: Db,
	context: ChangeContext,
	tokenId: string
): Promise<void> {
	await db.transaction(async (tx) => {
		const before = await findApiToken(tx, tokenId);
		if (!before) throw new AppError('not_found');
		if (before.revokedAt) return;
		const after = await markApiTokenRevoked(tx, tokenId);
		await recordAudit(tx, context, {
			action: 'revoke_token',
			entityType: 'api_token',
			entityId: tokenId,
			before: presentApiToken(before),
			after: after ? presentApiToken(after) : null
		});
	});
}

/** The user id a bearer token speaks for, if it is live. */
export async function authenticateApiToken(
	executor: Executor,
	secret: string
): Promise<string | null> {
	if (!secret.startsWith(tokenPrefix)) return null;
	return markLiveApiTokenUsed(executor, digest(secret), new Date());
}
