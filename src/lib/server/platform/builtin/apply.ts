import type { Tx } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { recordAudit, type AuditEntityType } from '../audit/record.ts';
import { sameData } from '../canonical.ts';
import { mergeFields, type FieldValues } from './merge.ts';
import { findBaseline, saveBaseline } from './repository.ts';

/** One record of a built-in data file, as its loader sees it. */
export interface BuiltinRecord<Values extends FieldValues> {
	kind: AuditEntityType;
	/** The record's natural key within its kind, as the file names it. */
	key: string;
	/** How an administrator recognises the record. */
	label: string;
	/** The file's values of the fields the file owns. */
	file: Values;
	/** The record's values of the same fields, with its version where it has one. */
	stored: { id: string; values: Values; version?: number } | null;
	insert(): Promise<string>;
	/** Writes the given fields (and bumps the version where there is one). */
	update(id: string, changes: Partial<Values>): Promise<void>;
}

const pick = (values: FieldValues, fields: string[]) =>
	Object.fromEntries(fields.map((field) => [field, values[field]]));

/**
 * Creates a built-in record or brings the file's corrections into it field by field, keeping what
 * people changed (see `mergeFields`); audits what it writes (as the context's actor: the system
 * at start and in `make seed`) and remembers what the file said. Writes nothing when nothing
 * changed.
 */
export async function applyBuiltin<Values extends FieldValues>(
	tx: Tx,
	context: ChangeContext,
	record: BuiltinRecord<Values>
): Promise<{ id: string; written: boolean }> {
	const baseline = await findBaseline(tx, record.kind, record.key);
	// A record the file gave and a person removed (an alignment, say) stays removed.
	if (!record.stored && baseline) return { id: baseline.entityId, written: false };
	let id: string;
	let written = false;
	let applied: FieldValues = record.file;
	let pending = {};
	if (!record.stored) {
		id = await record.insert();
		await recordAudit(tx, context, {
			action: 'create',
			entityType: record.kind,
			entityId: id,
			after: record.file
		});
		written = true;
	} else {
		id = record.stored.id;
		const merged = mergeFields(
			record.file,
			record.stored.values,
			baseline?.applied ?? null,
			baseline?.pending ?? {}
		);
		({ applied, pending } = merged);
		const fields = Object.keys(merged.changes);
		if (fields.length) {
			await record.update(id, merged.changes as Partial<Values>);
			const version = record.stored.version;
			await recordAudit(tx, context, {
				action: 'update',
				entityType: record.kind,
				entityId: id,
				before: { ...pick(record.stored.values, fields), ...(version ? { version } : {}) },
				after: { ...merged.changes, ...(version ? { version: version + 1 } : {}) }
			});
			written = true;
		}
	}
	const next = { entityId: id, label: record.label, applied, pending };
	const unchanged =
		baseline &&
		baseline.entityId === id &&
		baseline.label === record.label &&
		sameData(baseline.applied, applied) &&
		sameData(baseline.pending, pending);
	if (!unchanged) {
		await saveBaseline(tx, record.kind, record.key, next);
	}
	return { id, written };
}
