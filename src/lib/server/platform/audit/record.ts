import type { Executor } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { AppError } from '../errors.ts';
import { insertAuditEntry, listChangesAfterVersion } from './entry-repository.ts';

/** What the trail records; each has its words in the catalogs (`auditAction.*`). */
export const auditActions = [
	'create',
	'update',
	'delete',
	'login',
	'logout',
	'deactivate',
	'reactivate',
	'unlock',
	'issue_token',
	'revoke_token',
	'submit',
	'approve',
	'return',
	'refuse_review',
	'erase',
	'send',
	'acknowledge',
	'record_adoption',
	'accept_file',
	'keep_person',
	'print_personal_data',
	'dismiss',
	'retry_delivery'
] as const;
export type AuditAction = (typeof auditActions)[number];

/** The kinds of record the trail speaks of; each has its name in the catalogs (`auditEntity.*`). */
export const auditEntityTypes = [
	'user',
	'agency',
	'api_token',
	'plan',
	'plan_element',
	'kpi',
	'kpi_result',
	'element_alignment',
	'project',
	'progress_report',
	'attachment',
	'project_round_schedule',
	'country',
	'partner',
	'agreement',
	'partner_contact',
	'engagement',
	'commitment',
	'committee',
	'calendar_feed',
	'practice',
	'circular',
	'circular_recipient',
	'alert_dismissal',
	'notification_preferences',
	'outbox_message'
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

export interface AuditEntry {
	action: AuditAction;
	entityType: AuditEntityType;
	entityId: string;
	before?: Record<string, unknown> | null;
	after?: Record<string, unknown> | null;
}

/** Writes one audit entry; call it inside the transaction that makes the change. */
export async function recordAudit(
	executor: Executor,
	context: ChangeContext,
	entry: AuditEntry
): Promise<void> {
	await insertAuditEntry(executor, {
		actorId: context.actor.id,
		actorLabel: context.actor.username,
		action: entry.action,
		entityType: entry.entityType,
		entityId: entry.entityId,
		before: entry.before ?? null,
		after: entry.after ?? null,
		requestId: context.requestId ?? null
	});
}

/**
 * Who changed which fields of a versioned record after `version`: what a refused, stale save
 * tells its author.
 */
export async function changesSince(
	executor: Executor,
	entityType: string,
	entityId: string,
	version: number
): Promise<{ fields: string[]; actors: string[] }> {
	const entries = await listChangesAfterVersion(executor, entityType, entityId, version);
	const fields = new Set<string>();
	const actors = new Set<string>();
	for (const entry of entries) {
		const before = (entry.before ?? {}) as Record<string, unknown>;
		const after = (entry.after ?? {}) as Record<string, unknown>;
		for (const key of Object.keys(after)) {
			if (key !== 'version' && JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
				fields.add(key);
			}
		}
		actors.add(entry.actorLabel);
	}
	return { fields: [...fields], actors: [...actors] };
}

/** The refusal of a save made on an old version, saying who changed which fields since. */
export async function staleVersionError(
	executor: Executor,
	entityType: AuditEntityType,
	entityId: string,
	version: number
): Promise<AppError> {
	return new AppError('stale_version', {
		changes: await changesSince(executor, entityType, entityId, version),
		detail: `${entityType} ${entityId} changed after version ${version}`
	});
}

/**
 * Refuses a change made without the version it was made on, or on a version others have changed
 * since (naming what they changed): call it in the transaction, with the record locked.
 */
export async function requireVersion(
	executor: Executor,
	entityType: AuditEntityType,
	entityId: string,
	given: number | undefined,
	current: number
): Promise<void> {
	if (given === undefined) {
		throw new AppError('validation_failed', {
			fields: { version: { key: 'validation.required' } }
		});
	}
	if (given !== current) throw await staleVersionError(executor, entityType, entityId, given);
}
