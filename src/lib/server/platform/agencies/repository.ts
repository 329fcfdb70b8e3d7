import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { agencies, type AgencyKind } from '../schema.ts';

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

export function presentAgency(agency: AgencyRow, parentCode: string | null) {
	return {
		id: agency.id,
		code: agency.code,
		kind: agency.kind,
		nameTh: agency.nameTh,
		nameEn: agency.nameEn,
		abbrTh: agency.abbrTh,
		parentCode,
		geocode: agency.geocode,
		verified: agency.verified
	};
}
