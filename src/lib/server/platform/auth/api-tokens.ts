import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Executor } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { recordAudit } from '../audit/record.ts';
import { AppError } from '../errors.ts';
import { apiTokens } from '../schema.ts';
import { findUserById } from '../users/repository.ts';
import { digest, newSecret } from './secrets.ts';

const tokenPrefix = 'sph_';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

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
		const [record] = await tx
			.insert(apiTokens)
			.values({
				userId: input.userId,
				name: input.name,
				tokenHash: digest(secret),
				prefix: secret.slice(0, tokenPrefix.length + 6),
				expiresAt
			})
			.returning();
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
		const [before] = await tx.select().from(apiTokens).where(eq(apiTokens.id, tokenId));
		if (!before) throw new AppError('not_found');
		if (before.revokedAt) return;
		const [after] = await tx
			.update(apiTokens)
			.set({ revokedAt: new Date() })
			.where(eq(apiTokens.id, tokenId))
			.returning();
		await recordAudit(tx, context, {
			action: 'revoke_token',
			entityType: 'api_token',
			entityId: tokenId,
			before: presentApiToken(before),
			after: after ? presentApiToken(after) : null
		});
	});
}

export function listApiTokens(executor: Executor, userId: string): Promise<ApiTokenRow[]> {
	return executor
		.select()
		.from(apiTokens)
		.where(eq(apiTokens.userId, userId))
		.orderBy(desc(apiTokens.createdAt));
}

/** The user id a bearer token speaks for, if it is live. */
export async function authenticateApiToken(
	executor: Executor,
	secret: string
): Promise<string | null> {
	if (!secret.startsWith(tokenPrefix)) return null;
	const now = new Date();
	const [token] = await executor
		.update(apiTokens)
		.set({ lastUsedAt: now })
		.where(
			and(
				eq(apiTokens.tokenHash, digest(secret)),
				isNull(apiTokens.revokedAt),
				or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now))
			)
		)
		.returning({ userId: apiTokens.userId });
	return token?.userId ?? null;
}
