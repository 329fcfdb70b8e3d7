import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/index.ts';
import { auditLog } from '../schema.ts';
import { periodOf, type AuditFilter } from './filter.ts';
import type { AuditAction, AuditEntityType } from './record.ts';

export const auditPageSize = 50;

export type AuditLogEntry = Omit<typeof auditLog.$inferSelect, 'action' | 'entityType'> & {
	action: AuditAction;
	entityType: AuditEntityType;
};

function whereOf(filter: AuditFilter): SQL | undefined {
	const conditions: SQL[] = [];
	if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
	if (filter.action) conditions.push(eq(auditLog.action, filter.action));
	if (filter.actor) conditions.push(eq(auditLog.actorLabel, filter.actor));
	const { since, until } = periodOf(filter);
	if (since) conditions.push(gte(auditLog.at, since));
	if (until) conditions.push(lt(auditLog.at, until));
	return conditions.length ? and(...conditions) : undefined;
}

/** One page (counted from 1) of the audit trail, newest first, and how many entries match. */
export async function listAuditEntries(
	executor: Executor,
	filter: AuditFilter,
	page: number
): Promise<{ entries: AuditLogEntry[]; total: number }> {
	const where = whereOf(filter);
	const [matching] = await executor.select({ n: count() }).from(auditLog).where(where);
	const rows = await executor
		.select()
		.from(auditLog)
		.where(where)
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(auditPageSize)
		.offset((page - 1) * auditPageSize);
	// Only recordAudit writes the trail, and its types admit no other actions or record types.
	return { entries: rows as AuditLogEntry[], total: matching?.n ?? 0 };
}
