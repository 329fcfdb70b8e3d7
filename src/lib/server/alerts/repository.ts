import { and, asc, eq, gte, inArray, isNotNull, lte, or, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../db/index.ts';
import { engagements } from '../engagements/schema.ts';
import { dormantSql } from '../partners/index.ts';
import { agreementParties, agreements, partners } from '../partners/schema.ts';
import { kpiAgencies, kpiResults, kpis, kpiTargets } from '../plans/schema.ts';
import { alertDismissals } from './schema.ts';

/** A uuid[] of the agencies a subquery names, never null. */
const idsOf = (subquery: ReturnType<typeof sql>) =>
	sql<string[]>`coalesce(array(${subquery}), '{}'::uuid[])`;

/** The lead agencies of the KPI in the row being read. */
export const kpiLeadIds = idsOf(
	sql`SELECT ${kpiAgencies.agencyId} FROM ${kpiAgencies} WHERE ${kpiAgencies.kpiId} = ${kpis.id} AND ${kpiAgencies.role} = 'lead'`
);

/** Agreements the partners' rule may raise an alert for: in force, under review, or signed. */
export function alertableAgreements(executor: Executor) {
	return executor
		.select({
			id: agreements.id,
			titleTh: agreements.titleTh,
			titleEn: agreements.titleEn,
			signedOn: agreements.signedOn,
			reviewOn: agreements.reviewOn,
			expiresOn: agreements.expiresOn,
			status: agreements.status,
			/** The page it is shown on: its first party's. */
			partnerId: sql<
				string | null
			>`(SELECT ${agreementParties.partnerId} FROM ${agreementParties} WHERE ${agreementParties.agreementId} = ${agreements.id} ORDER BY ${agreementParties.partnerId} LIMIT 1)`
		})
		.from(agreements)
		.where(
			or(inArray(agreements.status, ['in_force', 'under_review']), isNotNull(agreements.signedOn))
		);
}

/**
 * The KPIs with a target row for a fiscal year, with the value of their shared (submitted or
 * approved) result that year, if any: drafts and returned results are read by no one here.
 */
export function kpisOfYear(executor: Executor, fiscalYear: number) {
	return executor
		.select({
			id: kpis.id,
			code: kpis.code,
			titleTh: kpis.titleTh,
			titleEn: kpis.titleEn,
			direction: kpis.direction,
			target: kpiTargets.value,
			sharedValue: sql<
				number | null
			>`CASE WHEN ${kpiResults.status} IN ('submitted', 'approved') THEN ${kpiResults.value} END`.mapWith(
				(value: unknown) => (value === null ? null : Number(value))
			),
			agencyIds: kpiLeadIds
		})
		.from(kpis)
		.innerJoin(
			kpiTargets,
			and(eq(kpiTargets.kpiId, kpis.id), eq(kpiTargets.fiscalYear, fiscalYear))
		)
		.leftJoin(
			kpiResults,
			and(eq(kpiResults.kpiId, kpis.id), eq(kpiResults.fiscalYear, fiscalYear))
		);
}

/** Engagements starting from one day to another, inclusive, soonest first. */
export function engagementsStarting(executor: Executor, from: string, to: string) {
	return executor
		.select({
			id: engagements.id,
			titleTh: engagements.titleTh,
			titleEn: engagements.titleEn,
			startsOn: engagements.startsOn,
			organisingAgencyId: engagements.organisingAgencyId
		})
		.from(engagements)
		.where(and(gte(engagements.startsOn, from), lte(engagements.startsOn, to)))
		.orderBy(asc(engagements.startsOn));
}

/** Partners dormant as the partners module defines it, on `today`. */
export function dormantPartners(executor: Executor, years: number, today: string) {
	return executor
		.select({
			id: partners.id,
			nameTh: partners.nameTh,
			nameEn: partners.nameEn,
			lastActivityOn: partners.lastActivityOn
		})
		.from(partners)
		.where(dormantSql(years, today))
		.orderBy(asc(partners.nameTh));
}

/** A user's dismissals: each alert key with the date it had when dismissed. */
export async function dismissalsOf(
	executor: Executor,
	userId: string
): Promise<Map<string, string>> {
	const rows = await executor
		.select({ alertKey: alertDismissals.alertKey, dismissedOn: alertDismissals.dismissedOn })
		.from(alertDismissals)
		.where(eq(alertDismissals.userId, userId));
	return new Map(rows.map((row) => [row.alertKey, row.dismissedOn]));
}

/** Records a dismissal, or moves an earlier one of the same alert to the date given. */
export async function saveDismissal(tx: Tx, values: typeof alertDismissals.$inferInsert) {
	const [saved] = await tx
		.insert(alertDismissals)
		.values(values)
		.onConflictDoUpdate({
			target: [alertDismissals.userId, alertDismissals.alertKey],
			set: { dismissedOn: values.dismissedOn, createdAt: sql`now()` }
		})
		.returning();
	return saved!;
}
