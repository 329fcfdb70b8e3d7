import { z } from 'zod';
import type { Db } from './db/index.ts';
import { builtinFolder, loadBuiltinDataIn } from './builtin-data.ts';
import {
	type Actor,
	AppError,
	auditEntityTypes,
	authorize,
	type ChangeContext,
	lockBaseline,
	pendingBaselines,
	recordAudit,
	settleBaseline,
	text
} from './platform/index.ts';

/** A field of a built-in record that both a person and its data file changed. */
export const builtinChangeSchema = z
	.object({
		kind: z.enum(auditEntityTypes),
		key: z.string(),
		label: z.string(),
		entityId: z.string(),
		field: z.string(),
		person: z.unknown(),
		file: z.unknown()
	})
	.meta({ id: 'BuiltinChange' });
export type BuiltinChange = z.output<typeof builtinChangeSchema>;

/** An administrator's decision on one such field. */
export const builtinDecisionSchema = z
	.object({
		kind: z.enum(auditEntityTypes),
		key: text(500),
		field: text(100),
		decision: z.enum(['accept_file', 'keep_person'])
	})
	.meta({ id: 'BuiltinDecision' });
export type BuiltinDecision = z.output<typeof builtinDecisionSchema>;

/** The fields awaiting an administrator, by kind and record. */
export async function listBuiltinChanges(db: Db, actor: Actor | null): Promise<BuiltinChange[]> {
	authorize(actor, 'builtinChange.review');
	const rows = await pendingBaselines(db);
	return rows.flatMap((row) =>
		Object.entries(row.pending)
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([field, values]) =>
				builtinChangeSchema.parse({
					kind: row.kind,
					key: row.key,
					label: row.label,
					entityId: row.entityId,
					field,
					person: values.person,
					file: values.file
				})
			)
	);
}

/**
 * Settles one field both a person and the file changed. Keeping the person's value marks the
 * file's as seen, so it is not listed again until the file changes it once more; accepting the
 * file's applies it at once, as a new version of the record audited as the system.
 */
export async function decideBuiltinChange(
	db: Db,
	context: ChangeContext,
	{ kind, key, field, decision }: BuiltinDecision,
	folder = builtinFolder
): Promise<void> {
	authorize(context.actor, 'builtinChange.review');
	await db.transaction(async (tx) => {
		const baseline = await lockBaseline(tx, kind, key);
		const pending =
			baseline && Object.hasOwn(baseline.pending, field) ? baseline.pending[field] : undefined;
		if (!baseline || !pending) throw new AppError('not_found');
		const { [field]: _settled, ...stillPending } = baseline.pending;
		// What the next load compares with: the person's value lets the file's through, the
		// file's value keeps the person's.
		const seen = decision === 'accept_file' ? pending.person : pending.file;
		await settleBaseline(tx, kind, key, {
			applied: { ...baseline.applied, [field]: seen },
			pending: stillPending
		});
		await recordAudit(tx, context, {
			action: decision,
			entityType: kind,
			entityId: baseline.entityId,
			before: { [field]: pending.person },
			after: { [field]: decision === 'accept_file' ? pending.file : pending.person }
		});
		if (decision === 'accept_file') await loadBuiltinDataIn(tx, folder);
	});
}
