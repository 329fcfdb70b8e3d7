import type { Executor } from '../../db/index.ts';
import { fiscalYearOf } from '../../../dates.ts';
import { type Actor, authorize } from '../../platform/index.ts';
import { roundsDueBy, roundsOf, scheduleOf } from './due-dates.ts';
import { findSchedule, leadAgenciesOf, projectRounds } from './repository.ts';
import { countsByAgency, countsOf, overdueProjects, standingOf } from './summary.ts';

/** The most overdue projects a status lists; the counts always cover them all. */
export const overdueListLimit = 200;

/**
 * A fiscal year's reporting rounds as of a day: the schedule and its due dates, the city's counts,
 * the counts per lead agency, and the projects with overdue reports (most overdue first). With
 * `agency`, only the projects it leads or supports; with `leadOnly` too, only those it leads (as
 * the executive view counts overdue reports by agency).
 */
export async function roundStatus(
	executor: Executor,
	actor: Actor | null,
	query: { fiscalYear: number; asOf: string; agency?: string; leadOnly?: boolean }
) {
	authorize(actor, 'projectRound.read');
	const { fiscalYear, asOf, agency, leadOnly } = query;
	const row = await findSchedule(executor, fiscalYear);
	const schedule = scheduleOf(row);
	const rounds = roundsOf(fiscalYear, schedule);
	const [projectRows, leads] = await Promise.all([
		projectRounds(executor, fiscalYear, rounds, asOf, agency, leadOnly),
		leadAgenciesOf(executor, fiscalYear)
	]);
	const standings = projectRows.map(standingOf);
	const overdue = overdueProjects(standings);
	return {
		fiscalYear,
		asOf,
		schedule: { ...schedule, version: row?.version ?? 0, saved: Boolean(row) },
		rounds: rounds.map((round) => ({ ...round, due: round.dueDate <= asOf })),
		roundsDue: roundsDueBy(rounds, asOf).length,
		totals: countsOf(standings),
		agencies: countsByAgency(standings, leads),
		overdue: overdue.slice(0, overdueListLimit),
		overdueTotal: overdue.length
	};
}

export type RoundStatus = Awaited<ReturnType<typeof roundStatus>>;

/**
 * The projects of the fiscal year of `asOf` that owe reports due by then, most overdue first, each
 * with its lead agencies and the latest due date passed (the date a reminder or an alert names).
 * Read by everyone who reads the rounds; `asOf` a few days ahead gives the reports due soon.
 * `agency` (an id or code) keeps the projects it leads or supports.
 */
export async function projectsBehind(executor: Executor, asOf: string, agency?: string) {
	const fiscalYear = fiscalYearOf(asOf);
	const rounds = roundsOf(fiscalYear, scheduleOf(await findSchedule(executor, fiscalYear)));
	const latest = roundsDueBy(rounds, asOf).at(-1);
	if (!latest) return [];
	const [projectRows, leads] = await Promise.all([
		projectRounds(executor, fiscalYear, rounds, asOf, agency),
		leadAgenciesOf(executor, fiscalYear)
	]);
	const leadIds = new Map<string, string[]>();
	for (const lead of leads)
		leadIds.set(lead.projectId, [...(leadIds.get(lead.projectId) ?? []), lead.id]);
	return overdueProjects(projectRows.map(standingOf)).map((standing) => ({
		id: standing.id,
		code: standing.code,
		titleTh: standing.titleTh,
		titleEn: standing.titleEn,
		overdue: standing.overdue,
		dueOn: latest.dueDate,
		agencyIds: leadIds.get(standing.id) ?? []
	}));
}
