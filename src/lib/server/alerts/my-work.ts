import { addDays } from '../../dates.ts';
import { commitmentsDue } from '../engagements/index.ts';
import type { Executor } from '../db/index.ts';
import { type Actor, authorize, can } from '../platform/index.ts';
import { projectsBehind } from '../projects/index.ts';
import {
	circularsToAcknowledge,
	countReportsAwaitingReview,
	countResultsAwaitingReview,
	reportsAwaitingReview,
	resultsAwaitingReview,
	unreportedKpis,
	unsubmittedReports,
	unsubmittedResults
} from './my-work-repository.ts';
import { agreementAlertsOf } from './alerts.ts';
import { type WorkAction, type WorkSection } from './kinds.ts';
import { dueSoonDays, fiscalYearNearingEnd } from './rules.ts';

export interface WorkItem {
	action: WorkAction;
	/** A progress report, a KPI result, a circular, a commitment or an agreement. */
	record: 'progressReport' | 'kpiResult' | 'circular' | 'commitment' | 'agreement';
	titleTh: string;
	titleEn: string | null;
	path: string;
	/** When it is due, where the record has a due date. */
	dueOn: string | null;
	/** A returned report's or result's comment from its reviewer. */
	comment: string | null;
}

const workOf = (state: string): WorkAction => (state === 'returned' ? 'fix' : 'submit');

/**
 * Reports and KPI results to draft, fix or submit for the actor's agencies: unsubmitted ones, the
 * reports of their projects (led or supported) behind their rounds that have no report under way
 * (due on the latest date passed), and, as the fiscal year nears its end, the KPIs with a target and no result (due at
 * its end).
 */
async function toReport(executor: Executor, actor: Actor, today: string): Promise<WorkItem[]> {
	const agencyIds = actor.agencyIds;
	if (agencyIds.length === 0) return [];
	const items: WorkItem[] = [];
	if (can(actor, 'progressReport.report')) {
		const [reports, ...behind] = await Promise.all([
			unsubmittedReports(executor, agencyIds),
			...agencyIds.map((agencyId) => projectsBehind(executor, addDays(today, -1), agencyId))
		]);
		const listed = new Set(reports.map((report) => report.projectId));
		for (const project of behind.flat()) {
			if (listed.has(project.id)) continue;
			listed.add(project.id);
			items.push({
				action: 'draft',
				record: 'progressReport',
				titleTh: project.titleTh,
				titleEn: project.titleEn,
				path: `/projects/${project.id}#report-title`,
				dueOn: project.dueOn,
				comment: null
			});
		}
		for (const report of reports) {
			items.push({
				action: workOf(report.state),
				record: 'progressReport',
				titleTh: report.titleTh,
				titleEn: report.titleEn,
				path: `/projects/${report.projectId}#report-title`,
				dueOn: null,
				comment: report.state === 'returned' ? report.reviewComment : null
			});
		}
	}
	if (can(actor, 'kpiResult.report')) {
		const near = fiscalYearNearingEnd(today);
		const [results, unreported] = await Promise.all([
			unsubmittedResults(executor, agencyIds),
			near ? unreportedKpis(executor, agencyIds, near.fiscalYear) : []
		]);
		for (const kpi of unreported) {
			items.push({
				action: 'draft',
				record: 'kpiResult',
				titleTh: `${kpi.code} ${kpi.titleTh}`,
				titleEn: kpi.titleEn && `${kpi.code} ${kpi.titleEn}`,
				path: `/kpis/${kpi.id}#report-title`,
				dueOn: near!.end,
				comment: null
			});
		}
		for (const result of results) {
			items.push({
				action: workOf(result.state),
				record: 'kpiResult',
				titleTh: `${result.code} ${result.titleTh}`,
				titleEn: result.titleEn && `${result.code} ${result.titleEn}`,
				path: `/kpis/${result.kpiId}#result-${result.fiscalYear}`,
				dueOn: null,
				comment: result.state === 'returned' ? result.reviewComment : null
			});
		}
	}
	return items;
}

/**
 * The most the review section lists of each kind: the office may have thousands submitted at
 * once, and the header counts them on every page. Its count is of them all.
 */
export const reviewListed = 50;

/** Reports and results submitted by someone else, for those who review them: the oldest listed, all counted. */
async function toReview(
	executor: Executor,
	actor: Actor
): Promise<{ items: WorkItem[]; count: number }> {
	if (!actor.id) return { items: [], count: 0 };
	const reviewsReports = can(actor, 'progressReport.review');
	const reviewsResults = can(actor, 'kpiResult.review');
	const [reports, results, reportCount, resultCount] = await Promise.all([
		reviewsReports ? reportsAwaitingReview(executor, actor.id, reviewListed) : [],
		reviewsResults ? resultsAwaitingReview(executor, actor.id, reviewListed) : [],
		reviewsReports ? countReportsAwaitingReview(executor, actor.id) : 0,
		reviewsResults ? countResultsAwaitingReview(executor, actor.id) : 0
	]);
	const items = [
		...reports.map((report): WorkItem => ({
			action: 'review',
			record: 'progressReport',
			titleTh: report.titleTh,
			titleEn: report.titleEn,
			path: `/projects/${report.projectId}#report-title`,
			dueOn: null,
			comment: null
		})),
		...results.map((result): WorkItem => ({
			action: 'review',
			record: 'kpiResult',
			titleTh: `${result.code} ${result.titleTh}`,
			titleEn: result.titleEn && `${result.code} ${result.titleEn}`,
			path: `/kpis/${result.kpiId}#result-${result.fiscalYear}`,
			dueOn: null,
			comment: null
		}))
	];
	return { items, count: reportCount + resultCount };
}

async function toAcknowledge(executor: Executor, actor: Actor): Promise<WorkItem[]> {
	if (!can(actor, 'circular.acknowledge') || actor.agencyIds.length === 0) return [];
	const rows = await circularsToAcknowledge(executor, actor.agencyIds);
	const seen = new Set<string>();
	return rows.flatMap((row): WorkItem[] => {
		if (seen.has(row.id)) return [];
		seen.add(row.id);
		return [
			{
				action: 'acknowledge',
				record: 'circular',
				titleTh: `${row.documentNumber} ${row.subject}`,
				titleEn: null,
				path: `/knowledge/circulars/${row.id}`,
				dueOn: null,
				comment: null
			}
		];
	});
}

/** Open commitments the actor's agencies own, due within `dueSoonDays` or overdue. */
async function toFollow(executor: Executor, actor: Actor, today: string): Promise<WorkItem[]> {
	if (!can(actor, 'commitment.update') || actor.agencyIds.length === 0) return [];
	const rows = await commitmentsDue(executor, today, { days: dueSoonDays }, actor.agencyIds);
	return rows.map((row) => ({
		action: 'follow',
		record: 'commitment',
		titleTh: row.titleTh,
		titleEn: row.titleEn,
		path: `/engagements/${row.engagementId}#commitments`,
		dueOn: row.dueOn,
		comment: null
	}));
}

/**
 * Agreements due for review (the partners module's rule). Agreements name no keeper: those who
 * manage partners (the IAO and administrators) look after them all.
 */
async function toRenew(executor: Executor, actor: Actor, today: string): Promise<WorkItem[]> {
	if (!can(actor, 'partner.manage')) return [];
	const alerts = await agreementAlertsOf(executor, today);
	return alerts
		.filter((found) => found.kind === 'agreementReview')
		.map((found) => ({
			action: 'renew',
			record: 'agreement',
			titleTh: found.titleTh,
			titleEn: found.titleEn,
			path: found.path,
			dueOn: found.on,
			comment: null
		}));
}

const byDue = (a: WorkItem, b: WorkItem) =>
	(a.dueOn ?? '\uffff').localeCompare(b.dueOn ?? '\uffff') ||
	a.titleTh.localeCompare(b.titleTh, 'th');

/**
 * What waits for the actor on `today`, by section, each soonest due first, with each section's
 * count and how much in all. The review section lists at most `reviewListed` of each kind.
 */
export async function myWork(executor: Executor, actor: Actor | null, today: string) {
	authorize(actor, 'myWork.read');
	const [report, review, circulars, commitments, agreements] = await Promise.all([
		toReport(executor, actor, today),
		toReview(executor, actor),
		toAcknowledge(executor, actor),
		toFollow(executor, actor, today),
		toRenew(executor, actor, today)
	]);
	const sections: Record<WorkSection, WorkItem[]> = {
		report: report.sort(byDue),
		review: review.items,
		circulars,
		commitments,
		agreements
	};
	const counts = Object.fromEntries(
		Object.entries(sections).map(([section, items]) => [
			section,
			section === 'review' ? review.count : items.length
		])
	) as Record<WorkSection, number>;
	const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
	return { today, total, counts, sections };
}

export type MyWork = Awaited<ReturnType<typeof myWork>>;
