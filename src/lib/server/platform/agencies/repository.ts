import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/index.ts';
import { z } from 'zod';
import { queryText } from '../fields.ts';
import { agencies } from '../schema.ts';
import { agencyKinds, type AgencyKind } from '../kinds.ts';

export type AgencyRow = typeof agencies.$inferSelect;

export interface AgencyFilter {
	kind?: AgencyKind;
	q?: string;
}

function whereOf(filter: AgencyFilter): SQL | undefined {
	const conditions: SQL[] = [];
	if (filter.kind) conditions.push(eq(agencies.kind, filter.kind));
	const q = filter.q?.trim();
	if (q) {
		const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		const match = or(
			ilike(agencies.nameTh, pattern),
			ilike(agencies.nameEn, pattern),
			ilike(agencies.code, pattern),
			ilike(agencies.abbrTh, pattern),
			ilike(agencies.geocode, pattern)
		);
		if (match) conditions.push(match);
	}
	return conditions.length ? and(...conditions) : undefined;
}

export function listAgencies(executor: Executor, filter: AgencyFilter = {}): Promise<AgencyRow[]> {
	return executor
		.select()
		.from(agencies)
		.where(whereOf(filter))
		.orderBy(asc(agencies.kind), asc(agencies.code));
}

/** What a page shows of an agency next to a record it is named on: select these columns. */
export const agencyLabelColumns = {
	id: agencies.id,
	code: agencies.code,
	nameTh: agencies.nameTh,
	nameEn: agencies.nameEn
};

/** Every agency as a choice in a form: its id, code and names, in the register's order. */
export function listAgencyLabels(executor: Executor) {
	return executor
		.select(agencyLabelColumns)
		.from(agencies)
		.orderBy(asc(agencies.kind), asc(agencies.code));
}

const parent = alias(agencies, 'parent');

/** The register as people read it: each agency with the code of the agency it is part of. */
export function listAgencyRegister(executor: Executor, filter: AgencyFilter = {}) {
	return executor
		.select({
			code: agencies.code,
			kind: agencies.kind,
			nameTh: agencies.nameTh,
			nameEn: agencies.nameEn,
			verified: agencies.verified,
			parentCode: parent.code,
			geocode: agencies.geocode
		})
		.from(agencies)
		.leftJoin(parent, eq(agencies.parentId, parent.id))
		.where(whereOf(filter))
		.orderBy(asc(agencies.kind), asc(agencies.code));
}

export async function countAgencies(
	executor: Executor,
	filter: AgencyFilter = {}
): Promise<number> {
	const [row] = await executor.select({ n: count() }).from(agencies).where(whereOf(filter));
	return row?.n ?? 0;
}

export async function findAgencyByCode(
	executor: Executor,
	code: string
): Promise<AgencyRow | null> {
	const [row] = await executor.select().from(agencies).where(eq(agencies.code, code));
	return row ?? null;
}

/**
 * The ids of the agencies the built-in data names by code, by code. A code no agency has is an
 * error in the data: `of` says whose it is.
 */
export async function agencyIdsByCode(
	executor: Executor,
	codes: readonly string[],
	of: string
): Promise<Map<string, string>> {
	if (codes.length === 0) return new Map();
	const rows = await executor
		.select({ id: agencies.id, code: agencies.code })
		.from(agencies)
		.where(inArray(agencies.code, [...codes]));
	const byCode = new Map(rows.map((row) => [row.code, row.id]));
	const unknown = codes.filter((code) => !byCode.has(code));
	if (unknown.length) throw new Error(`${of} names unknown agencies: ${unknown.join(', ')}`);
	return byCode;
}

/** Inserts an agency; returns its id. */
export async function insertAgency(
	executor: Executor,
	values: typeof agencies.$inferInsert
): Promise<string | undefined> {
	const [created] = await executor.insert(agencies).values(values).returning();
	return created?.id;
}

/** Writes the given fields of an agency. */
export async function updateAgencyFields(
	executor: Executor,
	id: string,
	fields: Partial<typeof agencies.$inferInsert>
): Promise<void> {
	await executor
		.update(agencies)
		.set({ ...fields, updatedAt: new Date() })
		.where(eq(agencies.id, id));
}

export const agencySchema = z
	.object({
		id: z.uuid(),
		code: z.string(),
		kind: z.enum(agencyKinds),
		nameTh: z.string(),
		nameEn: z.string(),
		abbrTh: z.string().nullable(),
		parentId: z.uuid().nullable(),
		geocode: z.string().nullable(),
		verified: z.boolean().meta({ description: 'Whether the English name is confirmed' })
	})
	.meta({ id: 'Agency' });

/** A BMA agency named on a record: enough to show and link it. */
export const agencyLabelSchema = agencySchema
	.pick({ id: true, code: true, nameTh: true, nameEn: true })
	.meta({ id: 'AgencyLabel' });

export const agencyFilterSchema = z.object({
	kind: z.enum(agencyKinds).optional(),
	q: queryText(200)
});

export function presentAgency(agency: AgencyRow): z.input<typeof agencySchema> {
	return {
		id: agency.id,
		code: agency.code,
		kind: agency.kind,
		nameTh: agency.nameTh,
		nameEn: agency.nameEn,
		abbrTh: agency.abbrTh,
		parentId: agency.parentId,
		geocode: agency.geocode,
		verified: agency.verified
	};
}

/** The code and names of the given agencies. */
export function agencyNamesOf(executor: Executor, agencyIds: readonly string[]) {
	if (agencyIds.length === 0) return Promise.resolve([]);
	return executor
		.select({ code: agencies.code, nameTh: agencies.nameTh, nameEn: agencies.nameEn })
		.from(agencies)
		.where(inArray(agencies.id, [...agencyIds]));
}
