import { and, asc, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Executor, Tx } from '../../db/index.ts';
import { builtinBaselines } from '../schema.ts';

export type BuiltinBaseline = typeof builtinBaselines.$inferSelect;

/** A table of built-in records: each row has an id, a version and the time it last changed. */
type BuiltinTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/** Writes a built-in record's corrected fields and moves it to its next version. */
export async function updateBuiltinRecord<Table extends BuiltinTable>(
	tx: Tx,
	table: Table,
	id: string,
	fields: Partial<Table['$inferInsert']>
): Promise<void> {
	const values = { ...fields, version: sql`${table.version} + 1`, updatedAt: new Date() };
	await tx
		.update(table)
		.set(values as PgUpdateSetSource<Table>)
		.where(eq(table.id, id));
}

const ofRecord = (kind: string, key: string) =>
	and(eq(builtinBaselines.kind, kind), eq(builtinBaselines.key, key));

/** The baselines with fields awaiting an administrator, by kind and record. */
export function pendingBaselines(executor: Executor): Promise<BuiltinBaseline[]> {
	return executor
		.select()
		.from(builtinBaselines)
		.where(sql`${builtinBaselines.pending} <> '{}'::jsonb`)
		.orderBy(asc(builtinBaselines.kind), asc(builtinBaselines.key));
}

/** What the file said of one record when it was last loaded. */
export async function findBaseline(
	executor: Executor,
	kind: string,
	key: string
): Promise<BuiltinBaseline | undefined> {
	const [baseline] = await executor.select().from(builtinBaselines).where(ofRecord(kind, key));
	return baseline;
}

/** One record's baseline, locked until the transaction ends. */
export async function lockBaseline(
	tx: Tx,
	kind: string,
	key: string
): Promise<BuiltinBaseline | undefined> {
	const [baseline] = await tx
		.select()
		.from(builtinBaselines)
		.where(ofRecord(kind, key))
		.for('update');
	return baseline;
}

/** Sets what a record's next load compares with, and what still awaits an administrator. */
export async function settleBaseline(
	tx: Tx,
	kind: string,
	key: string,
	values: Pick<BuiltinBaseline, 'applied' | 'pending'>
): Promise<void> {
	await tx
		.update(builtinBaselines)
		.set({ ...values, updatedAt: new Date() })
		.where(ofRecord(kind, key));
}

/** Writes a record's baseline, creating it or replacing what it said. */
export async function saveBaseline(
	tx: Tx,
	kind: string,
	key: string,
	values: Pick<BuiltinBaseline, 'entityId' | 'label' | 'applied' | 'pending'>
): Promise<void> {
	await tx
		.insert(builtinBaselines)
		.values({ kind, key, ...values })
		.onConflictDoUpdate({
			target: [builtinBaselines.kind, builtinBaselines.key],
			set: { ...values, updatedAt: new Date() }
		});
}
