import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Executor } from '../../db/index.ts';
import { sessions } from '../schema.ts';
import { digest, newSecret } from './secrets.ts';

const day = 24 * 60 * 60 * 1000;

export async function createSession(
	executor: Executor,
	userId: string,
	lifetimeDays: number
): Promise<{ token: string; expiresAt: Date }> {
	const token = newSecret();
	const expiresAt = new Date(Date.now() + lifetimeDays * day);
	await executor.insert(sessions).values({ id: digest(token), userId, expiresAt });
	return { token, expiresAt };
}

/**
 * Finds the live session for a cookie value and slides its expiry forward once half its lifetime
 * has passed. Returns the user id and the (possibly new) expiry.
 */
export async function validateSession(
	executor: Executor,
	token: string,
	lifetimeDays: number
): Promise<{ userId: string; expiresAt: Date } | null> {
	const id = digest(token);
	const [session] = await executor
		.select({ userId: sessions.userId, expiresAt: sessions.expiresAt })
		.from(sessions)
		.where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date())));
	if (!session) return null;
	if (session.expiresAt.getTime() - Date.now() < (lifetimeDays * day) / 2) {
		const expiresAt = new Date(Date.now() + lifetimeDays * day);
		await executor.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
		return { userId: session.userId, expiresAt };
	}
	return session;
}

export async function deleteSession(executor: Executor, token: string): Promise<void> {
	await executor.delete(sessions).where(eq(sessions.id, digest(token)));
}

export async function deleteUserSessions(executor: Executor, userId: string): Promise<void> {
	await executor.delete(sessions).where(eq(sessions.userId, userId));
}

/** Ends every session of a user but the one whose cookie is `keptToken`. */
export async function deleteOtherUserSessions(
	executor: Executor,
	userId: string,
	keptToken: string
): Promise<void> {
	await executor
		.delete(sessions)
		.where(and(eq(sessions.userId, userId), ne(sessions.id, digest(keptToken))));
}

export async function deleteExpiredSessions(executor: Executor): Promise<number> {
	const deleted = await executor
		.delete(sessions)
		.where(lt(sessions.expiresAt, new Date()))
		.returning({ id: sessions.id });
	return deleted.length;
}
