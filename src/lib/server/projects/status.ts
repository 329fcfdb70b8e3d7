import type { projectStatuses } from './builtin-schema.ts';

export type ProjectStatus = (typeof projectStatuses)[number];

interface ReportFacts {
	sequence: number;
	percentDone: number | null;
	projectStatus: ProjectStatus | null;
}

/**
 * A project's status follows from its reports: the latest report that states one (a suspension,
 * a cancellation) decides; otherwise 100 % done is completed, any report is in progress, and a
 * project without reports is planned.
 */
export function projectStatusFrom(reports: readonly ReportFacts[]): ProjectStatus {
	const ordered = [...reports].sort((a, b) => a.sequence - b.sequence);
	const stated = ordered.filter((report) => report.projectStatus).at(-1)?.projectStatus;
	if (stated) return stated;
	const latest = ordered.at(-1);
	if (!latest) return 'planned';
	return (latest.percentDone ?? 0) >= 100 ? 'completed' : 'in_progress';
}
