import { asc, count, eq, inArray, sql, sum } from 'drizzle-orm';
import { type Executor, queryRows } from '../db/index.ts';
import { agreementParties, agreements, countries, partners } from '../partners/schema.ts';
import { agencyLabelColumns } from '../platform/index.ts';
import { agencies } from '../platform/schema.ts';
import { planElements } from '../plans/schema.ts';
import { projectAgencies, projectPlanLinks, projects } from '../projects/schema.ts';

const budgetColumns = {
	projects: sql<number>`count(DISTINCT ${projects.id})::int`,
	budgetReceived: sql<number>`coalesce(sum(${projects.budgetReceived}), 0)::float8`,
	budgetDisbursed: sql<number>`coalesce(sum(${projects.budgetSpent}), 0)::float8`
};

/** A fiscal year's projects by status, with the budget received and disbursed of each. */
export function projectsByStatus(executor: Executor, fiscalYear: number) {
	return executor
		.select({
			status: projects.status,
			projects: count(),
			budgetReceived: sql<number>`coalesce(${sum(projects.budgetReceived)}, 0)::float8`,
			budgetDisbursed: sql<number>`coalesce(${sum(projects.budgetSpent)}, 0)::float8`
		})
		.from(projects)
		.where(eq(projects.fiscalYear, fiscalYear))
		.groupBy(projects.status);
}

/**
 * A fiscal year's projects per agency taking part (as lead or supporting agency, as the register's
 * agency filter reads it), with their budgets, in agency code order.
 */
export function projectsByAgency(executor: Executor, fiscalYear: number) {
	return executor
		.select({ ...agencyLabelColumns, ...budgetColumns })
		.from(projectAgencies)
		.innerJoin(projects, eq(projects.id, projectAgencies.projectId))
		.innerJoin(agencies, eq(agencies.id, projectAgencies.agencyId))
		.where(eq(projects.fiscalYear, fiscalYear))
		.groupBy(agencies.id)
		.orderBy(asc(agencies.code));
}

/**
 * A fiscal year's projects aligned to each element given or to an element under it (as the
 * register's element filter reads it), with their budgets.
 */
export async function projectsByElement(
	executor: Executor,
	fiscalYear: number,
	elementIds: readonly string[]
) {
	if (!elementIds.length) return [];
	const rows = await queryRows<{
		element_id: string;
		projects: number;
		budget_received: number;
		budget_disbursed: number;
	}>(
		executor,
		sql`WITH RECURSIVE under_element(root_id, id) AS (
			SELECT id, id FROM plan_elements WHERE ${inArray(planElements.id, [...elementIds])}
			UNION ALL
			SELECT under_element.root_id, child.id FROM plan_elements child
			JOIN under_element ON child.parent_id = under_element.id
		)
		SELECT aligned.root_id AS element_id,
			count(*)::int AS projects,
			coalesce(sum(${projects.budgetReceived}), 0)::float8 AS budget_received,
			coalesce(sum(${projects.budgetSpent}), 0)::float8 AS budget_disbursed
		FROM ${projects}
		JOIN (
			SELECT DISTINCT under_element.root_id, ${projectPlanLinks.projectId} AS project_id
			FROM ${projectPlanLinks} JOIN under_element ON under_element.id = ${projectPlanLinks.elementId}
		) AS aligned ON aligned.project_id = ${projects.id}
		WHERE ${projects.fiscalYear} = ${fiscalYear}
		GROUP BY aligned.root_id`
	);
	return rows.map((row) => ({
		elementId: row.element_id,
		projects: Number(row.projects),
		budgetReceived: Number(row.budget_received),
		budgetDisbursed: Number(row.budget_disbursed)
	}));
}

/** Partners of every status per world region of their country, as the partner list's region filter reads it. */
export function partnersByRegion(executor: Executor) {
	return executor
		.select({ group: countries.regionGroup, partners: count() })
		.from(partners)
		.innerJoin(countries, eq(countries.code, partners.countryCode))
		.groupBy(countries.regionGroup);
}

/** Agreements still in force or under review, with their first party, for the alert rule. */
export function currentAgreements(executor: Executor) {
	return executor
		.selectDistinctOn([agreements.id], {
			id: agreements.id,
			titleTh: agreements.titleTh,
			titleEn: agreements.titleEn,
			signedOn: agreements.signedOn,
			reviewOn: agreements.reviewOn,
			expiresOn: agreements.expiresOn,
			status: agreements.status,
			partnerId: partners.id,
			partnerNameTh: partners.nameTh,
			partnerNameEn: partners.nameEn
		})
		.from(agreements)
		.innerJoin(agreementParties, eq(agreementParties.agreementId, agreements.id))
		.innerJoin(partners, eq(partners.id, agreementParties.partnerId))
		.where(inArray(agreements.status, ['in_force', 'under_review']))
		.orderBy(asc(agreements.id), asc(partners.nameTh));
}
