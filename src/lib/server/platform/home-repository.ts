import { count, eq } from 'drizzle-orm';
import type { Executor } from '../db/index.ts';
import { agencies, auditLog } from './schema.ts';
import { countActiveUsers } from './users/repository.ts';

/** The figures the home page shows of what Saphan holds now. */
export async function homeFigures(executor: Executor) {
	const [allAgencies] = await executor.select({ n: count() }).from(agencies);
	const [districts] = await executor
		.select({ n: count() })
		.from(agencies)
		.where(eq(agencies.kind, 'district'));
	const [audit] = await executor.select({ n: count() }).from(auditLog);
	return {
		agencies: allAgencies?.n ?? 0,
		districts: districts?.n ?? 0,
		activeUsers: await countActiveUsers(executor),
		auditEntries: audit?.n ?? 0
	};
}
