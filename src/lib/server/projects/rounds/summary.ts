import type { ProjectRoundRow } from './repository.ts';

/** Projects that owe nothing more: their last report closed them. */
const closedStatuses: readonly ProjectRoundRow['status'][] = ['cancelled', 'completed'];

export interface RoundCounts {
	projects: number;
	/** Reports due so far. */
	due: number;
	submitted: number;
	onTime: number;
	late: number;
	/** Reports due and not submitted. */
	overdue: number;
	/** Projects with at least one overdue report. */
	overdueProjects: number;
}

export interface ProjectStanding extends ProjectRoundRow {
	due: number;
	late: number;
	overdue: number;
}

/** What a project owes: a cancelled or completed project owes no report after its last one. */
export function standingOf(row: ProjectRoundRow): ProjectStanding {
	const due = closedStatuses.includes(row.status)
		? Math.min(row.expected, row.submitted)
		: row.expected;
	return {
		...row,
		due,
		late: row.submitted - row.onTime,
		overdue: Math.max(0, due - row.submitted)
	};
}

export function countsOf(standings: readonly ProjectStanding[]): RoundCounts {
	const counts: RoundCounts = {
		projects: 0,
		due: 0,
		submitted: 0,
		onTime: 0,
		late: 0,
		overdue: 0,
		overdueProjects: 0
	};
	for (const standing of standings) {
		counts.projects += 1;
		counts.due += standing.due;
		counts.submitted += standing.submitted;
		counts.onTime += standing.onTime;
		counts.late += standing.late;
		counts.overdue += standing.overdue;
		if (standing.overdue > 0) counts.overdueProjects += 1;
	}
	return counts;
}

export interface AgencyLabel {
	id: string;
	code: string;
	nameTh: string;
	nameEn: string;
}

/**
 * The counts per lead agency (a project with two leads counts under both; one with none under
 * `agency: null`), in agency code order.
 */
export function countsByAgency(
	standings: readonly ProjectStanding[],
	leads: readonly (AgencyLabel & { projectId: string })[]
): { agency: AgencyLabel | null; counts: RoundCounts }[] {
	const byProject = new Map<string, AgencyLabel[]>();
	for (const { projectId, ...agency } of leads) {
		byProject.set(projectId, [...(byProject.get(projectId) ?? []), agency]);
	}
	const groups = new Map<string, { agency: AgencyLabel | null; standings: ProjectStanding[] }>();
	for (const standing of standings) {
		const agencies = byProject.get(standing.id) ?? [null];
		for (const agency of agencies) {
			const key = agency?.id ?? '';
			const group = groups.get(key) ?? { agency, standings: [] };
			group.standings.push(standing);
			groups.set(key, group);
		}
	}
	return [...groups.values()]
		.sort((a, b) => (a.agency?.code ?? '\uffff').localeCompare(b.agency?.code ?? '\uffff'))
		.map(({ agency, standings: own }) => ({ agency, counts: countsOf(own) }));
}

/** Projects with overdue reports, most overdue first. */
export function overdueProjects(standings: readonly ProjectStanding[]): ProjectStanding[] {
	return standings
		.filter((standing) => standing.overdue > 0)
		.sort(
			(a, b) =>
				b.overdue - a.overdue ||
				(a.code ?? '\uffff').localeCompare(b.code ?? '\uffff') ||
				a.titleTh.localeCompare(b.titleTh, 'th')
		);
}
