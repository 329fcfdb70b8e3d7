import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/index.ts';
import { auditLog } from '../schema.ts';

/** Writes one row of the audit trail. */
export async function insertAuditEntry(
	executor: Executor,
	values: typeof auditLog.$inferInsert
): Promise<void> {
	await executor.insert(auditLog).values(values);
}

/** The entries of one record that left it at a version after `version`, oldest first. */
export function listChangesAfterVersion(
	executor: Executor,
	entityType: string,
	entityId: string,
	version: number
) {
	return executor
		.select({ before: auditLog.before, after: auditLog.after, actorLabel: auditLog.actorLabel })
		.from(auditLog)
		.where(
			and(
				eq(auditLog.entityType, entityType),
				eq(auditLog.entityId, entityId),
				sql`(${auditLog.after} ->> 'version')::int > ${version}`
			)
		)
		.orderBy(asc(auditLog.id));
}
