import { z } from 'zod';
import { addDays, fiscalYearOf, todayIso } from '../../dates.ts';
import type { Executor } from '../db/index.ts';
import {
	commitmentsDue,
	engagementFilterSchema,
	isOverdue,
	listEngagements
} from '../engagements/index.ts';
import {
	agreementAlerts,
	listPartners,
	partnerFilterSchema,
	regionGroups
} from '../partners/index.ts';
import { type Actor, authorize, integerParam, unsubmittedScope } from '../platform/index.ts';
import {
	type ElementNode,
	type KpiStatus,
	kpiIdsUnder,
	kpiMatrix,
	listPlans,
	planTree
} from '../plans/index.ts';
import { projectFiscalYears, roundStatus } from '../projects/index.ts';
import {
	currentAgreements,
	partnersByRegion,
	projectsByAgency,
	projectsByElement,
	projectsByStatus
} from './repository.ts';
import { share, type StatusCounts, tallyStatuses } from './shares.ts';

/** How far ahead the view looks. */
export const horizons = { agreementReviewDays: 90, engagementDays: 60, commitmentDays: 30 };

/** `?fiscalYear=` (default: the current one) and, for the report, `lang=th|en` (default: the reader's). */
export const overviewQuerySchema = z
	.object({
		fiscalYear: integerParam(2500, 2700).optional(),
		lang: z.enum(['th', 'en']).optional()
	})
	.meta({ id: 'OverviewQuery' });

/** A strategy's or tactic's KPIs by status in the year and the year before. */
function statusOf(
	node: ElementNode,
	cells: Map<string, { current: KpiStatus; previous: KpiStatus }>
): { current: StatusCounts; previous: StatusCounts } {
	const found = kpiIdsUnder(node).flatMap((id) => cells.get(id) ?? []);
	return {
		current: tallyStatuses(found.map((cell) => cell.current)),
		previous: tallyStatuses(found.map((cell) => cell.previous))
	};
}

/** KPI status per strategy and tactic of the office's plans (agency level) covering the year. */
async function kpiOverview(executor: Executor, actor: Actor, fiscalYear: number) {
	const plans = (await listPlans(executor)).filter(
		(plan) =>
			plan.level === 'agency' &&
			plan.kpiCount > 0 &&
			plan.fiscalYearStart <= fiscalYear &&
			fiscalYear <= plan.fiscalYearEnd
	);
	const scope = unsubmittedScope(actor);
	return Promise.all(
		plans.map(async (plan) => {
			const [matrix, tree] = await Promise.all([
				kpiMatrix(executor, plan, scope),
				planTree(executor, plan.id)
			]);
			const cells = new Map(
				matrix.rows.map((row) => {
					const statusIn = (year: number): KpiStatus =>
						row.cells.find((cell) => cell.fiscalYear === year)?.status ?? 'not_reported';
					return [row.id, { current: statusIn(fiscalYear), previous: statusIn(fiscalYear - 1) }];
				})
			);
			const strategies = tree.filter((node) => node.kind === 'strategy');
			return {
				id: plan.id,
				code: plan.code,
				titleTh: plan.titleTh,
				titleEn: plan.titleEn,
				strategies: strategies.map((strategy) => ({
					id: strategy.id,
					code: strategy.code,
					titleTh: strategy.titleTh,
					titleEn: strategy.titleEn,
					...statusOf(strategy, cells),
					tactics: strategy.children
						.filter((tactic) => tactic.kind === 'tactic')
						.map((tactic) => ({
							id: tactic.id,
							code: tactic.code,
							titleTh: tactic.titleTh,
							titleEn: tactic.titleEn,
							...statusOf(tactic, cells)
						}))
				}))
			};
		})
	);
}

/**
 * The state of foreign affairs in a fiscal year as of `today`, counted with the reader's scope:
 * KPI status per strategy and tactic against the year before, projects by status, agency and
 * strategy with their budgets, overdue reports by agency, partners by world region and dormant,
 * agreements due for review and anniversaries, engagements ahead, commitments overdue and due.
 * Every figure is the count of the list it links to, read with the same filter. The year is the
 * current fiscal year and the day today (Asia/Bangkok) unless given.
 */
export async function situation(
	executor: Executor,
	actor: Actor | null,
	options: { fiscalYear?: number; today?: string; dormantYears: number }
) {
	authorize(actor, 'overview.read');
	const { today = todayIso(), dormantYears } = options;
	const fiscalYear = options.fiscalYear ?? fiscalYearOf(today);
	const kpis = await kpiOverview(executor, actor, fiscalYear);
	const strategyIds = kpis.flatMap((plan) => plan.strategies.map((strategy) => strategy.id));
	const [byStatus, byAgency, byElement, rounds] = await Promise.all([
		projectsByStatus(executor, fiscalYear),
		projectsByAgency(executor, fiscalYear),
		projectsByElement(executor, fiscalYear, strategyIds),
		roundStatus(executor, actor, { fiscalYear, asOf: today })
	]);
	const [regionRows, dormant] = await Promise.all([
		partnersByRegion(executor),
		listPartners(
			executor,
			partnerFilterSchema.parse({ status: 'dormant', pageSize: 1 }),
			dormantYears
		)
	]);
	const regions = regionGroups.map((group) => ({
		group,
		partners: regionRows.find((row) => row.group === group)?.partners ?? 0
	}));
	const withCountry = regions.reduce((total, region) => total + region.partners, 0);
	const asean = regions.find((region) => region.group === 'asean')?.partners ?? 0;
	const agreementRows = await currentAgreements(executor);
	const alerts = agreementAlerts(agreementRows, today);
	const reviewUntil = addDays(today, horizons.agreementReviewDays);
	const agreementOf = (id: string) => agreementRows.find((row) => row.id === id)!;
	const engagementsTo = addDays(today, horizons.engagementDays);
	const upcoming = await listEngagements(
		executor,
		engagementFilterSchema.parse({ from: today, to: engagementsTo, pageSize: 500 })
	);
	const due = await commitmentsDue(executor, today, { days: horizons.commitmentDays });
	return {
		fiscalYear,
		asOf: today,
		kpis,
		projects: {
			byStatus,
			byAgency,
			byStrategy: kpis.flatMap((plan) =>
				plan.strategies.map((strategy) => ({
					elementId: strategy.id,
					code: strategy.code,
					titleTh: strategy.titleTh,
					titleEn: strategy.titleEn,
					projects: 0,
					budgetReceived: 0,
					budgetDisbursed: 0,
					...byElement.find((row) => row.elementId === strategy.id)
				}))
			)
		},
		overdueReports: {
			projects: rounds.totals.overdueProjects,
			reports: rounds.totals.overdue,
			byAgency: rounds.agencies
				.filter((row) => row.agency && row.counts.overdueProjects > 0)
				.map((row) => ({
					...row.agency!,
					projects: row.counts.overdueProjects,
					reports: row.counts.overdue
				}))
		},
		partners: {
			regions,
			withCountry,
			aseanShare: share(asean, withCountry),
			dormant: dormant.total
		},
		agreements: {
			reviewUntil,
			reviewDue: alerts.flatMap((alert) =>
				alert.kind === 'reviewDue' && alert.on <= reviewUntil
					? [{ ...agreementOf(alert.agreementId), on: alert.on }]
					: []
			),
			anniversaries: alerts.flatMap((alert) =>
				alert.kind === 'anniversary'
					? [{ ...agreementOf(alert.agreementId), years: alert.years }]
					: []
			)
		},
		engagements: { from: today, to: engagementsTo, items: upcoming.items },
		commitments: {
			until: addDays(today, horizons.commitmentDays),
			overdue: due.filter((commitment) => isOverdue(commitment, today)),
			due: due.filter((commitment) => !isOverdue(commitment, today))
		}
	};
}

export type Situation = Awaited<ReturnType<typeof situation>>;

/** The fiscal years the view offers: those of the office's plans and of projects, and the current one. */
export async function overviewFiscalYears(executor: Executor, current: number): Promise<number[]> {
	const plans = (await listPlans(executor)).filter((plan) => plan.level === 'agency');
	const years = new Set([current, ...(await projectFiscalYears(executor))]);
	for (const plan of plans) {
		for (let year = plan.fiscalYearStart; year <= plan.fiscalYearEnd; year += 1) years.add(year);
	}
	return [...years].sort((a, b) => b - a);
}
