import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../db/index.ts';
import { apiTokens } from '../schema.ts';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function insertApiToken(
	executor: Executor,
	token: Pick<
		typeof apiTokens.$inferInsert,
		'userId' | 'name' | 'tokenHash' | 'prefix' | 'expiresAt'
	>
): Promise<ApiTokenRow | null> {
	const [record] = await executor.insert(apiTokens).values(token).returning();
	return record ?? null;
}

export async function findApiToken(executor: Executor, id: string): Promise<ApiTokenRow | null> {
	const [token] = await executor.select().from(apiTokens).where(eq(apiTokens.id, id));
	return token ?? null;
}

export async function markApiTokenRevoked(
	executor: Executor,
	id: string
): Promise<ApiTokenRow | null> {
	const [token] = await executor
		.update(apiTokens)
		.set({ revokedAt: new Date() })
		.where(eq(apiTokens.id, id))
		.returning();
	return token ?? null;
}

/** Revokes every token of a user not revoked already. */
export async function revokeUserApiTokens(executor: Executor, userId: string): Promise<void> {
	await executor
		.update(apiTokens)
		.set({ revokedAt: new Date() })
		.where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}

export function listApiTokens(executor: Executor, userId: string): Promise<ApiTokenRow[]> {
	return executor
		.select()
		.from(apiTokens)
		.where(eq(apiTokens.userId, userId))
		.orderBy(desc(apiTokens.createdAt));
}

/** Notes the use of the live token with this digest; returns the user it speaks for, if any. */
export async function markLiveApiTokenUsed(
	executor: Executor,
	tokenHash: string,
	now: Date
): Promise<string | null> {
	const [token] = await executor
		.update(apiTokens)
		.set({ lastUsedAt: now })
		.where(
			and(
				eq(apiTokens.tokenHash, tokenHash),
				isNull(apiTokens.revokedAt),
				or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now))
			)
		)
		.returning({ userId: apiTokens.userId });
	return token?.userId ?? null;
}
