import { and, arrayContains, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/index.ts';
import type { Actor } from '../actor.ts';
import { agencies, userAgencies, users } from '../schema.ts';

export type UserRow = typeof users.$inferSelect;
export type UserWithAgencies = UserRow & { agencyIds: string[] };
type NewUser = typeof users.$inferInsert;

async function agencyIdsByUser(executor: Executor, userIds: string[]) {
	const byUser = new Map<string, string[]>();
	if (userIds.length === 0) return byUser;
	const rows = await executor
		.select()
		.from(userAgencies)
		.where(inArray(userAgencies.userId, userIds));
	for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.agencyId]);
	return byUser;
}

export async function findUserById(
	executor: Executor,
	id: string
): Promise<UserWithAgencies | null> {
	const [user] = await executor.select().from(users).where(eq(users.id, id));
	if (!user) return null;
	const byUser = await agencyIdsByUser(executor, [id]);
	return { ...user, agencyIds: byUser.get(id) ?? [] };
}

/** Holds a user's row until the transaction ends: changes to one account wait for each other. */
export async function lockUser(tx: Tx, id: string): Promise<void> {
	await tx.execute(sql`SELECT 1 FROM ${users} WHERE ${users.id} = ${id} FOR UPDATE`);
}

export async function insertUser(
	executor: Executor,
	user: Pick<NewUser, 'username' | 'displayName' | 'email' | 'passwordHash' | 'roles' | 'locale'>
): Promise<string | null> {
	const [row] = await executor.insert(users).values(user).returning({ id: users.id });
	return row?.id ?? null;
}

export async function updateUserRow(
	executor: Executor,
	id: string,
	changes: Partial<Omit<NewUser, 'id' | 'username' | 'createdAt'>>
): Promise<void> {
	await executor.update(users).set(changes).where(eq(users.id, id));
}

export async function findUserByUsername(
	executor: Executor,
	username: string
): Promise<UserRow | null> {
	const [user] = await executor
		.select()
		.from(users)
		.where(sql`lower(${users.username}) = lower(${username})`);
	return user ?? null;
}

export async function listUsers(executor: Executor): Promise<UserWithAgencies[]> {
	const rows = await executor.select().from(users).orderBy(asc(users.username));
	const byUser = await agencyIdsByUser(
		executor,
		rows.map((row) => row.id)
	);
	return rows.map((row) => ({ ...row, agencyIds: byUser.get(row.id) ?? [] }));
}

export async function countActiveUsers(executor: Executor): Promise<number> {
	const [row] = await executor.select({ n: count() }).from(users).where(eq(users.active, true));
	return row?.n ?? 0;
}

export async function countActiveAdmins(executor: Executor): Promise<number> {
	const [row] = await executor
		.select({ n: count() })
		.from(users)
		.where(and(eq(users.active, true), arrayContains(users.roles, ['admin'])));
	return row?.n ?? 0;
}

export async function setUserAgencies(
	executor: Executor,
	userId: string,
	agencyIds: string[]
): Promise<void> {
	await executor.delete(userAgencies).where(eq(userAgencies.userId, userId));
	if (agencyIds.length > 0) {
		await executor.insert(userAgencies).values(agencyIds.map((agencyId) => ({ userId, agencyId })));
	}
}

export async function existingAgencyIds(executor: Executor, ids: string[]): Promise<Set<string>> {
	if (ids.length === 0) return new Set();
	const rows = await executor
		.select({ id: agencies.id })
		.from(agencies)
		.where(inArray(agencies.id, ids));
	return new Set(rows.map((row) => row.id));
}

export async function loadActor(
	executor: Executor,
	userId: string
): Promise<(Actor & { id: string }) | null> {
	const user = await findUserById(executor, userId);
	if (!user || !user.active) return null;
	return {
		id: user.id,
		username: user.username,
		displayName: user.displayName,
		roles: user.roles,
		agencyIds: user.agencyIds,
		locale: user.locale
	};
}
