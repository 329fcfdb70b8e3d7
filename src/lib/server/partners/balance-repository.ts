import { count, countDistinct, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/index.ts';
import { regionGroups, type RegionGroup } from './kinds.ts';
import { agreementParties, agreements, countries, partners } from './schema.ts';

export interface RegionCount {
	group: RegionGroup;
	partners: number;
	agreements: number;
}

/**
 * The balance of Bangkok's ties: partners and agreements per region group, the ASEAN share of
 * partners with a country, and agreements signed per decade. Prospective and ended partners are
 * left out: the balance is of the ties Bangkok has.
 */
export async function regionBalance(executor: Executor) {
	const current = sql`${partners.status} IN ('active', 'dormant')`;
	const partnerRows = await executor
		.select({ group: countries.regionGroup, n: count() })
		.from(partners)
		.innerJoin(countries, eq(countries.code, partners.countryCode))
		.where(current)
		.groupBy(countries.regionGroup);
	const agreementRows = await executor
		.select({ group: countries.regionGroup, n: countDistinct(agreements.id) })
		.from(agreements)
		.innerJoin(agreementParties, eq(agreementParties.agreementId, agreements.id))
		.innerJoin(partners, eq(partners.id, agreementParties.partnerId))
		.innerJoin(countries, eq(countries.code, partners.countryCode))
		.groupBy(countries.regionGroup);
	const decadeRows = await executor
		.select({
			decade: sql<number>`(extract(year from ${agreements.signedOn})::int / 10) * 10`,
			n: count()
		})
		.from(agreements)
		.where(isNotNull(agreements.signedOn))
		.groupBy(sql`1`)
		.orderBy(sql`1`);
	const regions: RegionCount[] = regionGroups.map((group) => ({
		group,
		partners: partnerRows.find((row) => row.group === group)?.n ?? 0,
		agreements: agreementRows.find((row) => row.group === group)?.n ?? 0
	}));
	const totalPartners = regions.reduce((sum, region) => sum + region.partners, 0);
	const aseanPartners = regions.find((region) => region.group === 'asean')?.partners ?? 0;
	return {
		regions,
		totalPartners,
		aseanShare: totalPartners ? aseanPartners / totalPartners : 0,
		decades: decadeRows.map((row) => ({ decade: Number(row.decade), agreements: row.n }))
	};
}
export type RegionBalance = Awaited<ReturnType<typeof regionBalance>>;
