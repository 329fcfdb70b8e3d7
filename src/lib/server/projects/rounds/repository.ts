import { and, eq, sql } from 'drizzle-orm';
import { type Executor, queryRows, type Tx } from '../../db/index.ts';
import { agencyLabelColumns } from '../../platform/index.ts';
import { agencies } from '../../platform/schema.ts';
import { involvesAgency } from '../repository.ts';
import { progressReports, projectAgencies, projects } from '../schema.ts';
import { roundsDueBy, type Round } from './due-dates.ts';
import { projectRoundSchedules } from './schema.ts';

export type RoundScheduleRow = typeof projectRoundSchedules.$inferSelect;

export async function findSchedule(
	executor: Executor,
	fiscalYear: number
): Promise<RoundScheduleRow | undefined> {
	const [row] = await executor
		.select()
		.from(projectRoundSchedules)
		.where(eq(projectRoundSchedules.fiscalYear, fiscalYear));
	return row;
}

/** A fiscal year's schedule, locked until the transaction ends; undefined on the default one. */
export async function lockSchedule(
	tx: Tx,
	fiscalYear: number
): Promise<RoundScheduleRow | undefined> {
	const [row] = await tx
		.select()
		.from(projectRoundSchedules)
		.where(eq(projectRoundSchedules.fiscalYear, fiscalYear))
		.for('update');
	return row;
}

export async function insertSchedule(tx: Tx, values: typeof projectRoundSchedules.$inferInsert) {
	const [created] = await tx.insert(projectRoundSchedules).values(values).returning();
	return created;
}

export async function updateSchedule(
	tx: Tx,
	scheduleId: string,
	changes: Partial<typeof projectRoundSchedules.$inferInsert>
) {
	const [updated] = await tx
		.update(projectRoundSchedules)
		.set(changes)
		.where(eq(projectRoundSchedules.id, scheduleId))
		.returning();
	return updated;
}

/** A project's standing in its year's rounds, as the database counts it. */
export interface ProjectRoundRow {
	id: string;
	code: string | null;
	titleTh: string;
	titleEn: string | null;
	status: (typeof projects.$inferSelect)['status'];
	/** Rounds due by the day asked, counting only those due after the project started. */
	expected: number;
	/** Of those, the rounds answered by a submitted or approved report. */
	submitted: number;
	/** Of those, the ones submitted (or, for reports entered before review existed, dated) by the due date. */
	onTime: number;
}

/**
 * Every project of a fiscal year (optionally of one agency, lead or supporting, or lead only) with the rounds it
 * owes by `asOf` and the ones its reports answer. A project's rounds are the year's rounds due
 * after it started; its report of sequence n answers its n-th round.
 */
export async function projectRounds(
	executor: Executor,
	fiscalYear: number,
	rounds: readonly Round[],
	asOf: string,
	agency?: string,
	leadOnly = false
): Promise<ProjectRoundRow[]> {
	const dueDates = JSON.stringify(rounds.map((round) => round.dueDate));
	const dueCount = roundsDueBy(rounds, asOf).length;
	const agencyCondition = agency ? sql`AND ${involvesAgency(agency, leadOnly)}` : sql``;
	// Each project's reports are read through its (project, sequence) index: never all reports.
	const rows = await queryRows<Record<string, unknown>>(
		executor,
		sql`WITH due AS MATERIALIZED (
				SELECT d::date AS due_date, n::int AS n
				FROM jsonb_array_elements_text(${dueDates}::jsonb) WITH ORDINALITY AS t(d, n)
			), owing AS MATERIALIZED (
				SELECT ${projects.id} AS id, ${projects.code} AS code, ${projects.titleTh} AS title_th,
					${projects.titleEn} AS title_en, ${projects.status} AS status, started.skipped,
					greatest(0, ${dueCount}::int - started.skipped) AS expected
				FROM ${projects}
				CROSS JOIN LATERAL (
					SELECT count(*)::int AS skipped FROM due WHERE due.due_date <= ${projects.startDate}
				) AS started
				WHERE ${projects.fiscalYear} = ${fiscalYear} ${agencyCondition}
			)
			SELECT owing.id, owing.code, owing.title_th, owing.title_en, owing.status, owing.expected,
				coalesce(answered.submitted, 0) AS submitted, coalesce(answered.on_time, 0) AS on_time
			FROM owing
			LEFT JOIN LATERAL (
				SELECT count(*)::int AS submitted,
					count(*) FILTER (WHERE coalesce(
						(r.submitted_at AT TIME ZONE 'Asia/Bangkok')::date, r.reported_on) <= due.due_date
					)::int AS on_time
				FROM ${progressReports} r
				JOIN due ON due.n = owing.skipped + r.sequence
				WHERE r.project_id = owing.id AND r.sequence <= owing.expected
					AND r.state IN ('submitted', 'approved')
			) AS answered ON true`
	);
	return rows.map((row) => ({
		id: String(row.id),
		code: (row.code as string | null) ?? null,
		titleTh: String(row.title_th),
		titleEn: (row.title_en as string | null) ?? null,
		status: row.status as ProjectRoundRow['status'],
		expected: Number(row.expected),
		submitted: Number(row.submitted),
		onTime: Number(row.on_time)
	}));
}

/** The lead agencies of a fiscal year's projects: whom the rounds page counts each project under. */
export function leadAgenciesOf(executor: Executor, fiscalYear: number) {
	return executor
		.select({ projectId: projectAgencies.projectId, ...agencyLabelColumns })
		.from(projectAgencies)
		.innerJoin(projects, eq(projects.id, projectAgencies.projectId))
		.innerJoin(agencies, eq(agencies.id, projectAgencies.agencyId))
		.where(and(eq(projects.fiscalYear, fiscalYear), eq(projectAgencies.role, 'lead')));
}
