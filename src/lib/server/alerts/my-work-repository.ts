import { type Column, and, asc, count, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/index.ts';
import { circularRecipients, circulars } from '../knowledge/schema.ts';
import { kpiResults, kpis, kpiTargets } from '../plans/schema.ts';
import { inAgencyScope } from '../platform/index.ts';
import { progressReports, projectAgencies, projects } from '../projects/schema.ts';
import { kpiLeadIds } from './repository.ts';

/** The agencies of the project in the row being read, lead and supporting. */
const projectAgencyIds = sql<
	string[]
>`coalesce(array(SELECT ${projectAgencies.agencyId} FROM ${projectAgencies} WHERE ${projectAgencies.projectId} = ${projects.id}), '{}'::uuid[])`;

const unsubmitted = ['draft', 'returned'] as const;

/** Progress reports in draft or returned, of projects of the agencies given. */
export function unsubmittedReports(executor: Executor, agencyIds: readonly string[]) {
	return executor
		.select({
			id: progressReports.id,
			projectId: projects.id,
			sequence: progressReports.sequence,
			state: progressReports.state,
			reviewComment: progressReports.reviewComment,
			titleTh: projects.titleTh,
			titleEn: projects.titleEn
		})
		.from(progressReports)
		.innerJoin(projects, eq(projects.id, progressReports.projectId))
		.where(
			and(
				inArray(progressReports.state, [...unsubmitted]),
				inAgencyScope(agencyIds, projectAgencyIds)
			)
		)
		.orderBy(asc(projects.titleTh), asc(progressReports.sequence));
}

/** KPI results in draft or returned, of KPIs the agencies given lead. */
export function unsubmittedResults(executor: Executor, agencyIds: readonly string[]) {
	return executor
		.select({
			id: kpiResults.id,
			kpiId: kpis.id,
			fiscalYear: kpiResults.fiscalYear,
			state: kpiResults.status,
			reviewComment: kpiResults.reviewComment,
			code: kpis.code,
			titleTh: kpis.titleTh,
			titleEn: kpis.titleEn
		})
		.from(kpiResults)
		.innerJoin(kpis, eq(kpis.id, kpiResults.kpiId))
		.where(and(inArray(kpiResults.status, [...unsubmitted]), inAgencyScope(agencyIds, kpiLeadIds)))
		.orderBy(asc(kpis.code), asc(kpiResults.fiscalYear));
}

/** KPIs the agencies given lead with a target in a fiscal year and no result for it at all. */
export function unreportedKpis(
	executor: Executor,
	agencyIds: readonly string[],
	fiscalYear: number
) {
	return executor
		.select({ id: kpis.id, code: kpis.code, titleTh: kpis.titleTh, titleEn: kpis.titleEn })
		.from(kpis)
		.innerJoin(
			kpiTargets,
			and(eq(kpiTargets.kpiId, kpis.id), eq(kpiTargets.fiscalYear, fiscalYear))
		)
		.leftJoin(kpiResults, and(eq(kpiResults.kpiId, kpis.id), eq(kpiResults.fiscalYear, fiscalYear)))
		.where(and(isNull(kpiResults.id), inAgencyScope(agencyIds, kpiLeadIds)))
		.orderBy(asc(kpis.code));
}

/** Whoever sent it may not review it (four eyes): a submission of someone else's. */
const sentByOther = (submittedBy: Column, userId: string) =>
	or(isNull(submittedBy), ne(submittedBy, userId));

/**
 * Progress reports submitted and awaiting review by someone other than their sender, the oldest
 * `limit` of them: picked before the join, so the projects are read for those alone.
 */
export function reportsAwaitingReview(executor: Executor, userId: string, limit: number) {
	const awaiting = executor
		.select({
			id: progressReports.id,
			projectId: progressReports.projectId,
			sequence: progressReports.sequence,
			submittedAt: progressReports.submittedAt
		})
		.from(progressReports)
		.where(
			and(eq(progressReports.state, 'submitted'), sentByOther(progressReports.submittedBy, userId))
		)
		.orderBy(asc(progressReports.submittedAt))
		.limit(limit)
		.as('awaiting');
	return executor
		.select({
			id: awaiting.id,
			projectId: projects.id,
			sequence: awaiting.sequence,
			submittedAt: awaiting.submittedAt,
			titleTh: projects.titleTh,
			titleEn: projects.titleEn
		})
		.from(awaiting)
		.innerJoin(projects, eq(projects.id, awaiting.projectId))
		.orderBy(asc(awaiting.submittedAt));
}

/** How many progress reports await review by someone other than their sender. */
export async function countReportsAwaitingReview(executor: Executor, userId: string) {
	const [row] = await executor
		.select({ count: count() })
		.from(progressReports)
		.where(
			and(eq(progressReports.state, 'submitted'), sentByOther(progressReports.submittedBy, userId))
		);
	return row?.count ?? 0;
}

/** KPI results submitted and awaiting review by someone other than their sender. */
export function resultsAwaitingReview(executor: Executor, userId: string, limit: number) {
	return executor
		.select({
			id: kpiResults.id,
			kpiId: kpis.id,
			fiscalYear: kpiResults.fiscalYear,
			submittedAt: kpiResults.submittedAt,
			code: kpis.code,
			titleTh: kpis.titleTh,
			titleEn: kpis.titleEn
		})
		.from(kpiResults)
		.innerJoin(kpis, eq(kpis.id, kpiResults.kpiId))
		.where(and(eq(kpiResults.status, 'submitted'), sentByOther(kpiResults.submittedBy, userId)))
		.orderBy(asc(kpiResults.submittedAt))
		.limit(limit);
}

/** How many KPI results await review by someone other than their sender. */
export async function countResultsAwaitingReview(executor: Executor, userId: string) {
	const [row] = await executor
		.select({ count: count() })
		.from(kpiResults)
		.where(and(eq(kpiResults.status, 'submitted'), sentByOther(kpiResults.submittedBy, userId)));
	return row?.count ?? 0;
}

/** Circulars sent to the agencies given that they have not acknowledged, oldest first. */
export function circularsToAcknowledge(executor: Executor, agencyIds: readonly string[]) {
	return executor
		.select({
			id: circulars.id,
			subject: circulars.subject,
			documentNumber: circulars.documentNumber,
			issuedOn: circulars.issuedOn,
			agencyId: circularRecipients.agencyId
		})
		.from(circularRecipients)
		.innerJoin(circulars, eq(circulars.id, circularRecipients.circularId))
		.where(
			and(
				isNull(circularRecipients.acknowledgedAt),
				inArray(circularRecipients.agencyId, [...agencyIds])
			)
		)
		.orderBy(asc(circulars.issuedOn));
}
