import {
	and,
	asc,
	count,
	desc,
	eq,
	ilike,
	inArray,
	isNotNull,
	isNull,
	lt,
	ne,
	or,
	sql,
	type Column,
	type SQL
} from 'drizzle-orm';
import { z } from 'zod';
import {
	agencyLabelColumns,
	type AgencyScope,
	id,
	integerParam,
	queryText,
	readableWork,
	updateBuiltinRecord
} from '../platform/index.ts';
import type { Executor, Tx } from '../db/index.ts';
import type { PartnerActivity } from '../partners/index.ts';
import { agencies } from '../platform/schema.ts';
import { partners } from '../partners/schema.ts';
import { kpis, planElements, plannedProjects, plans } from '../plans/schema.ts';
import { projectStatuses } from './builtin-schema.ts';
import {
	progressReports,
	projectAgencies,
	projectPartners,
	projectPlanLinks,
	projects
} from './schema.ts';
import type { ProjectInput } from './schemas.ts';

export type ProjectRow = typeof projects.$inferSelect;
export type ProgressReportRow = typeof progressReports.$inferSelect;

/** The roles an agency takes on a project, as its table keeps them. */
export const projectAgencyRoles = projectAgencies.role.enumValues;
/** The kinds of plan element a project aligns to, as their table keeps them. */
export const alignedElementKinds = planElements.kind.enumValues;

export const projectSorts = ['fiscalYear', 'title', 'code', 'status', 'budget'] as const;

export const projectFilterSchema = z.object({
	fiscalYear: integerParam(2500, 2700).optional(),
	/** An agency's id or code, as lead or supporting agency. */
	agency: queryText(100),
	status: z.enum(projectStatuses).optional(),
	/** A plan element's id: projects aligned to it or to an element under it. */
	element: id().optional(),
	partner: queryText(200),
	q: queryText(200),
	sort: z.enum(projectSorts).default('fiscalYear'),
	direction: z.enum(['asc', 'desc']).default('desc'),
	page: integerParam(1).default(1),
	pageSize: integerParam(1, 200).default(50)
});
export type ProjectFilter = z.output<typeof projectFilterSchema>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The project has the agency (its id or code) as lead or supporting agency (or, `leadOnly`, as lead). */
export function involvesAgency(agency: string, leadOnly = false): SQL {
	return sql`EXISTS (SELECT 1 FROM ${projectAgencies} JOIN ${agencies} ON ${agencies.id} = ${projectAgencies.agencyId}
		WHERE ${projectAgencies.projectId} = ${projects.id}
		AND (${agencies.code} = ${agency} OR ${agencies.id}::text = ${agency})
		${leadOnly ? sql`AND ${projectAgencies.role} = 'lead'` : sql``})`;
}

/** The element and every element under it (a strategy's tactics and their goals). */
const elementAndUnder = (elementId: string) =>
	sql`WITH RECURSIVE under_element(id) AS (
		SELECT ${elementId}::uuid
		UNION ALL
		SELECT child.id FROM ${planElements} child JOIN under_element ON child.parent_id = under_element.id
	) SELECT id FROM under_element`;

function whereOf(filter: ProjectFilter): SQL | undefined {
	const conditions: (SQL | undefined)[] = [
		filter.fiscalYear ? eq(projects.fiscalYear, filter.fiscalYear) : undefined,
		filter.status ? eq(projects.status, filter.status) : undefined,
		filter.agency ? involvesAgency(filter.agency) : undefined,
		filter.element
			? sql`EXISTS (SELECT 1 FROM ${projectPlanLinks} WHERE ${projectPlanLinks.projectId} = ${projects.id} AND ${projectPlanLinks.elementId} IN (${elementAndUnder(filter.element)}))`
			: undefined,
		filter.partner
			? or(
					sql`EXISTS (SELECT 1 FROM ${projectPartners} JOIN ${partners} ON ${partners.id} = ${projectPartners.partnerId}
						WHERE ${projectPartners.projectId} = ${projects.id}
						AND (${partners.nameTh} ILIKE ${`%${escapeLike(filter.partner)}%`} OR ${partners.nameEn} ILIKE ${`%${escapeLike(filter.partner)}%`}))`,
					sql`${projects.unmatchedPartnerNames}::text ILIKE ${`%${escapeLike(filter.partner)}%`}`
				)
			: undefined,
		filter.q
			? or(
					ilike(projects.titleTh, `%${escapeLike(filter.q)}%`),
					ilike(projects.titleEn, `%${escapeLike(filter.q)}%`),
					ilike(projects.code, `%${escapeLike(filter.q)}%`)
				)
			: undefined
	];
	const present = conditions.filter((condition): condition is SQL => Boolean(condition));
	return present.length ? and(...present) : undefined;
}

const sortColumn = {
	fiscalYear: projects.fiscalYear,
	title: projects.titleTh,
	code: projects.code,
	status: projects.status,
	budget: projects.budgetReceived
} as const;

/** What the register shows of a project; the rest stays on the project's page. */
const listedColumns = {
	id: projects.id,
	code: projects.code,
	titleTh: projects.titleTh,
	titleEn: projects.titleEn,
	fiscalYear: projects.fiscalYear,
	startDate: projects.startDate,
	endDate: projects.endDate,
	budgetReceived: projects.budgetReceived,
	budgetSpent: projects.budgetSpent,
	status: projects.status,
	isNew: projects.isNew
};

/**
 * A column of the project's latest approved report, read through the (project, sequence) index.
 * The report table is aliased so that the project's own columns stay qualified inside it.
 */
const latestApproved = <Value>(column: Column) =>
	sql<Value | null>`(SELECT latest.${sql.identifier(column.name)} FROM ${progressReports} AS latest
		WHERE latest.project_id = ${projects}.id AND latest.state = 'approved'
		ORDER BY latest.sequence DESC LIMIT 1)`;

/**
 * One page of projects with their lead agencies and their latest approved report's % and date,
 * and the total. The page is read in index order where the sort allows; the latest report is
 * looked up for the page's projects only.
 */
export async function listProjects(executor: Executor, filter: ProjectFilter) {
	const where = whereOf(filter);
	const order = filter.direction === 'asc' ? asc : desc;
	const rows = await executor
		.select({
			...listedColumns,
			percentDone: latestApproved<number>(progressReports.percentDone).mapWith(
				progressReports.percentDone
			),
			reportedOn: latestApproved<string>(progressReports.reportedOn).mapWith(
				progressReports.reportedOn
			)
		})
		.from(projects)
		.where(where)
		.orderBy(order(sortColumn[filter.sort]), asc(projects.titleTh), asc(projects.id))
		.limit(filter.pageSize)
		.offset((filter.page - 1) * filter.pageSize);
	const [total] = await executor.select({ n: count() }).from(projects).where(where);
	const ids = rows.map((row) => row.id);
	const leads = ids.length
		? await executor
				.select({
					projectId: projectAgencies.projectId,
					...agencyLabelColumns
				})
				.from(projectAgencies)
				.innerJoin(agencies, eq(agencies.id, projectAgencies.agencyId))
				.where(and(inArray(projectAgencies.projectId, ids), eq(projectAgencies.role, 'lead')))
		: [];
	return {
		total: total?.n ?? 0,
		items: rows.map(({ percentDone, reportedOn, ...row }) => ({
			...row,
			leadAgencies: leads.filter((lead) => lead.projectId === row.id),
			latestReport: percentDone === null && reportedOn === null ? null : { percentDone, reportedOn }
		}))
	};
}

/** The lead and supporting agencies of a project: whose reporters report its progress. */
export async function projectAgencyIds(executor: Executor, projectId: string): Promise<string[]> {
	const rows = await executor
		.select({ agencyId: projectAgencies.agencyId })
		.from(projectAgencies)
		.where(eq(projectAgencies.projectId, projectId));
	return [...new Set(rows.map((row) => row.agencyId))];
}

/**
 * The reports the reader may read (decision 0013): submitted and approved ones, and unsubmitted
 * ones of the project's agencies within `unsubmitted` (the policy's `unsubmittedScope`).
 */
export const readableReport = (unsubmitted: AgencyScope) =>
	readableWork(
		progressReports.state,
		unsubmitted,
		sql`ARRAY(SELECT pa.agency_id FROM ${projectAgencies} pa WHERE pa.project_id = ${progressReports.projectId})`
	);

/** A project, locked until the transaction ends: the steps of its reports wait for each other. */
export async function lockProject(tx: Tx, projectId: string): Promise<ProjectRow | null> {
	const [project] = await tx
		.select()
		.from(projects)
		.where(eq(projects.id, projectId))
		.for('update');
	return project ?? null;
}

export async function lockReport(
	tx: Tx,
	projectId: string,
	sequence: number
): Promise<ProgressReportRow | null> {
	const [report] = await tx
		.select()
		.from(progressReports)
		.where(and(eq(progressReports.projectId, projectId), eq(progressReports.sequence, sequence)))
		.for('update');
	return report ?? null;
}

/** Writes a project's next report: it takes the sequence after the project's last one. */
export async function insertReport(
	tx: Tx,
	projectId: string,
	values: Omit<typeof progressReports.$inferInsert, 'projectId' | 'sequence'>
) {
	const [last] = await tx
		.select({ sequence: sql<number>`coalesce(max(${progressReports.sequence}), 0)` })
		.from(progressReports)
		.where(eq(progressReports.projectId, projectId));
	const [created] = await tx
		.insert(progressReports)
		.values({ ...values, projectId, sequence: Number(last?.sequence ?? 0) + 1 })
		.returning();
	return created;
}

export async function updateReport(
	tx: Tx,
	reportId: string,
	changes: Partial<typeof progressReports.$inferInsert>
) {
	const [updated] = await tx
		.update(progressReports)
		.set({ ...changes, updatedAt: new Date() })
		.where(eq(progressReports.id, reportId))
		.returning();
	return updated;
}

/** The % done of the project's latest approved report, before `sequence` when given. */
export async function previousApprovedPercent(
	executor: Executor,
	projectId: string,
	sequence: number | undefined
): Promise<number | null> {
	const [previous] = await executor
		.select({ percentDone: progressReports.percentDone })
		.from(progressReports)
		.where(
			and(
				eq(progressReports.projectId, projectId),
				eq(progressReports.state, 'approved'),
				sequence === undefined ? undefined : lt(progressReports.sequence, sequence)
			)
		)
		.orderBy(desc(progressReports.sequence))
		.limit(1);
	return previous?.percentDone ?? null;
}

/** The project's approved reports, as its status follows them, and the sum of their disbursements. */
export async function approvedReports(executor: Executor, projectId: string) {
	const approved = and(
		eq(progressReports.projectId, projectId),
		eq(progressReports.state, 'approved')
	);
	const reports = await executor
		.select({
			sequence: progressReports.sequence,
			percentDone: progressReports.percentDone,
			projectStatus: progressReports.projectStatus
		})
		.from(progressReports)
		.where(approved);
	const [sum] = await executor
		.select({ total: sql<string>`coalesce(sum(${progressReports.budgetDisbursed}), 0)` })
		.from(progressReports)
		.where(approved);
	return { reports, disbursed: Number(sum?.total ?? 0) };
}

export async function insertProject(tx: Tx, values: typeof projects.$inferInsert) {
	const [created] = await tx.insert(projects).values(values).returning();
	return created;
}

export async function setProjectFields(
	tx: Tx,
	projectId: string,
	changes: Partial<typeof projects.$inferInsert>
) {
	const [updated] = await tx
		.update(projects)
		.set({ ...changes, updatedAt: new Date() })
		.where(eq(projects.id, projectId))
		.returning();
	return updated;
}

/** Sets the figures of a project that follow its approved reports, with its next version. */
export function updateProjectFigures(
	tx: Tx,
	projectId: string,
	figures: Pick<ProjectRow, 'status' | 'budgetSpent' | 'version'>
) {
	return setProjectFields(tx, projectId, figures);
}

export async function findProject(executor: Executor, projectId: string) {
	const [row] = await executor.select().from(projects).where(eq(projects.id, projectId));
	return row;
}

/** The project with the code, with the partner names it lists as not found; undefined if none. */
export async function findProjectByCode(executor: Executor, code: string) {
	const [row] = await executor
		.select({ id: projects.id, unmatchedPartnerNames: projects.unmatchedPartnerNames })
		.from(projects)
		.where(eq(projects.code, code));
	return row;
}

/** A project's reports from the built-in files (not entered in Saphan), by sequence. */
export function fileReports(executor: Executor, projectId: string) {
	return executor
		.select()
		.from(progressReports)
		.where(and(eq(progressReports.projectId, projectId), isNull(progressReports.enteredBy)))
		.orderBy(asc(progressReports.sequence));
}

/** The sequences of a project's reports entered in Saphan. */
export async function enteredReportSequences(executor: Executor, projectId: string) {
	const rows = await executor
		.select({ sequence: progressReports.sequence })
		.from(progressReports)
		.where(and(eq(progressReports.projectId, projectId), isNotNull(progressReports.enteredBy)));
	return rows.map((row) => row.sequence);
}

/** Replaces a project's reports from the built-in files with the given ones. */
export async function replaceFileReports(
	tx: Tx,
	projectId: string,
	reports: Omit<typeof progressReports.$inferInsert, 'projectId'>[]
) {
	await tx
		.delete(progressReports)
		.where(and(eq(progressReports.projectId, projectId), isNull(progressReports.enteredBy)));
	if (reports.length) {
		await tx.insert(progressReports).values(reports.map((r) => ({ projectId, ...r })));
	}
}

/** Replaces a project's agencies with the given ones. */
export async function replaceProjectAgencies(
	tx: Tx,
	projectId: string,
	roles: Omit<typeof projectAgencies.$inferInsert, 'projectId'>[]
) {
	await tx.delete(projectAgencies).where(eq(projectAgencies.projectId, projectId));
	if (roles.length) {
		await tx.insert(projectAgencies).values(roles.map((a) => ({ projectId, ...a })));
	}
}

/** Replaces a project's plan links with the given ones. */
export async function replaceProjectPlanLinks(
	tx: Tx,
	projectId: string,
	links: Omit<typeof projectPlanLinks.$inferInsert, 'projectId'>[]
) {
	await tx.delete(projectPlanLinks).where(eq(projectPlanLinks.projectId, projectId));
	if (links.length) {
		await tx.insert(projectPlanLinks).values(links.map((l) => ({ projectId, ...l })));
	}
}

/** Links partners to a project; returns the links that were not there yet. */
export function addProjectPartners(tx: Tx, projectId: string, partnerIds: string[]) {
	return tx
		.insert(projectPartners)
		.values(partnerIds.map((partnerId) => ({ projectId, partnerId })))
		.onConflictDoNothing()
		.returning({ partnerId: projectPartners.partnerId });
}

/** The projects plans list under their KPIs that are not made yet, with their KPIs and plans. */
export function unmadePlannedProjects(executor: Executor) {
	return executor
		.select({ planned: plannedProjects, kpi: kpis, plan: plans })
		.from(plannedProjects)
		.innerJoin(kpis, eq(kpis.id, plannedProjects.kpiId))
		.innerJoin(plans, eq(plans.id, kpis.planId))
		.where(isNull(plannedProjects.projectId))
		.orderBy(asc(plans.code), asc(kpis.code), asc(plannedProjects.position));
}

/** The project without a code made for a plan's listed project of that title; undefined if none. */
export async function planProjectWithTitle(executor: Executor, planId: string, titleTh: string) {
	const [row] = await executor
		.select({ id: projects.id })
		.from(projects)
		.innerJoin(projectPlanLinks, eq(projectPlanLinks.projectId, projects.id))
		.innerJoin(kpis, eq(kpis.id, projectPlanLinks.kpiId))
		.where(and(eq(kpis.planId, planId), eq(projects.titleTh, titleTh), isNull(projects.code)));
	return row;
}

/** Records the project made of the given listed projects. */
export async function markPlannedProjectsMade(tx: Tx, plannedIds: string[], projectId: string) {
	await tx
		.update(plannedProjects)
		.set({ projectId })
		.where(inArray(plannedProjects.id, plannedIds));
}

/** Another project (than `exceptId`) with the code, or undefined. */
export async function projectWithCode(executor: Executor, code: string, exceptId: string | null) {
	const [taken] = await executor
		.select({ id: projects.id, titleTh: projects.titleTh })
		.from(projects)
		.where(and(eq(projects.code, code), exceptId ? ne(projects.id, exceptId) : undefined));
	return taken;
}

/** The agencies whose code is among `codes` or whose id is among `ids`. */
export function agenciesByCodeOrId(executor: Executor, codes: string[], ids: string[]) {
	return executor
		.select({ id: agencies.id, code: agencies.code })
		.from(agencies)
		.where(or(inArray(agencies.code, codes), ids.length ? inArray(agencies.id, ids) : undefined));
}

/** Which of the given plan elements exist. */
export function planElementsAmong(executor: Executor, elementIds: string[]) {
	return executor
		.select({ id: planElements.id })
		.from(planElements)
		.where(inArray(planElements.id, elementIds));
}

/** Which of the given KPIs exist, with the element each belongs to. */
export function kpisAmong(executor: Executor, kpiIds: string[]) {
	return executor
		.select({ id: kpis.id, elementId: kpis.elementId })
		.from(kpis)
		.where(inArray(kpis.id, kpiIds));
}

/** A project's agencies with their roles, as stored. */
export function projectAgencyRows(executor: Executor, projectId: string) {
	return executor
		.select({ agencyId: projectAgencies.agencyId, role: projectAgencies.role })
		.from(projectAgencies)
		.where(eq(projectAgencies.projectId, projectId));
}

/** A project's links to plan elements and KPIs, as stored. */
export function projectPlanLinkRows(executor: Executor, projectId: string) {
	return executor
		.select({
			elementId: projectPlanLinks.elementId,
			kpiId: projectPlanLinks.kpiId,
			noteTh: projectPlanLinks.noteTh
		})
		.from(projectPlanLinks)
		.where(eq(projectPlanLinks.projectId, projectId));
}

/** The ids of the partners a project is linked to, in order. */
export async function projectPartnerIds(executor: Executor, projectId: string): Promise<string[]> {
	const rows = await executor
		.select({ id: projectPartners.partnerId })
		.from(projectPartners)
		.where(eq(projectPartners.projectId, projectId));
	return rows.map((row) => row.id).sort();
}

/**
 * Replaces a project's agencies, partners and plan links with the given ones (a partner or a link
 * given twice is written once).
 */
export async function replaceProjectLinks(
	tx: Tx,
	projectId: string,
	chosen: { lead: string[]; supporting: string[] },
	input: Pick<ProjectInput, 'alignment' | 'partnerIds'>
) {
	const { alignment } = input;
	await tx.delete(projectAgencies).where(eq(projectAgencies.projectId, projectId));
	await tx.delete(projectPartners).where(eq(projectPartners.projectId, projectId));
	if (input.partnerIds.length) {
		await tx
			.insert(projectPartners)
			.values([...new Set(input.partnerIds)].map((partnerId) => ({ projectId, partnerId })));
	}
	await tx.delete(projectPlanLinks).where(eq(projectPlanLinks.projectId, projectId));
	await tx
		.insert(projectAgencies)
		.values([
			...chosen.lead.map((agencyId) => ({ projectId, agencyId, role: 'lead' as const })),
			...chosen.supporting.map((agencyId) => ({ projectId, agencyId, role: 'supporting' as const }))
		]);
	const links = [
		...new Map(alignment.map((link) => [`${link.elementId}:${link.kpiId}`, link])).values()
	];
	if (links.length) {
		await tx.insert(projectPlanLinks).values(links.map((link) => ({ projectId, ...link })));
	}
}

/** The ids of a project's progress reports. */
export function projectReportIds(executor: Executor, projectId: string) {
	return executor
		.select({ id: progressReports.id })
		.from(progressReports)
		.where(eq(progressReports.projectId, projectId));
}

/**
 * A project with its agencies, plan alignment and the reports the reader may read
 * (`unsubmitted`: the policy's `unsubmittedScope`), and its cumulative approved disbursement.
 */
export async function projectDetail(
	executor: Executor,
	projectId: string,
	unsubmitted: AgencyScope
) {
	const [project] = await executor.select().from(projects).where(eq(projects.id, projectId));
	if (!project) return null;
	const agencyRows = await executor
		.select({
			...agencyLabelColumns,
			role: projectAgencies.role
		})
		.from(projectAgencies)
		.innerJoin(agencies, eq(agencies.id, projectAgencies.agencyId))
		.where(eq(projectAgencies.projectId, projectId))
		.orderBy(asc(agencies.code));
	const alignment = await executor
		.select({
			elementId: planElements.id,
			elementCode: planElements.code,
			elementKind: planElements.kind,
			elementTitleTh: planElements.titleTh,
			elementTitleEn: planElements.titleEn,
			kpiId: kpis.id,
			kpiCode: kpis.code,
			kpiTitleTh: kpis.titleTh,
			kpiTitleEn: kpis.titleEn,
			planId: plans.id,
			planCode: plans.code,
			planTitleTh: plans.titleTh,
			planTitleEn: plans.titleEn,
			noteTh: projectPlanLinks.noteTh
		})
		.from(projectPlanLinks)
		.innerJoin(planElements, eq(planElements.id, projectPlanLinks.elementId))
		.innerJoin(plans, eq(plans.id, planElements.planId))
		.leftJoin(kpis, eq(kpis.id, projectPlanLinks.kpiId))
		.where(eq(projectPlanLinks.projectId, projectId))
		.orderBy(asc(plans.code), asc(planElements.code));
	const partnerRows = await linkedPartners(executor, projectId);
	const reports = await executor
		.select()
		.from(progressReports)
		.where(and(eq(progressReports.projectId, projectId), readableReport(unsubmitted)))
		.orderBy(asc(progressReports.sequence));
	let disbursed = 0;
	return {
		project,
		agencies: agencyRows,
		partners: partnerRows,
		alignment,
		reports: reports.map((report) => {
			if (report.state === 'approved') disbursed += report.budgetDisbursed ?? 0;
			return { ...report, cumulativeDisbursed: disbursed };
		})
	};
}

/** The partners a project is linked to, by Thai name. */
export function linkedPartners(executor: Executor, projectId: string) {
	return executor
		.select({ id: partners.id, nameTh: partners.nameTh, nameEn: partners.nameEn })
		.from(projectPartners)
		.innerJoin(partners, eq(partners.id, projectPartners.partnerId))
		.where(eq(projectPartners.projectId, projectId))
		.orderBy(asc(partners.nameTh));
}

/** The projects that name partners not found among the partners, with those names. */
export function projectsWithUnmatchedPartners(executor: Executor) {
	return executor
		.select({ id: projects.id, code: projects.code, names: projects.unmatchedPartnerNames })
		.from(projects)
		.where(sql`jsonb_array_length(${projects.unmatchedPartnerNames}) > 0`)
		.orderBy(asc(projects.fiscalYear), asc(projects.titleTh));
}

/** The fiscal years that have projects, newest first. */
export async function projectFiscalYears(executor: Executor): Promise<number[]> {
	const rows = await executor
		.selectDistinct({ fiscalYear: projects.fiscalYear })
		.from(projects)
		.orderBy(desc(projects.fiscalYear));
	return rows.map((row) => row.fiscalYear);
}

/** The projects linked to the partner. */
export function partnerProjects(executor: Executor, partnerId: string) {
	return executor
		.select({
			id: projects.id,
			code: projects.code,
			titleTh: projects.titleTh,
			titleEn: projects.titleEn,
			fiscalYear: projects.fiscalYear,
			status: projects.status
		})
		.from(projectPartners)
		.innerJoin(projects, eq(projects.id, projectPartners.projectId))
		.where(eq(projectPartners.partnerId, partnerId))
		.orderBy(desc(projects.fiscalYear));
}

/**
 * Projects naming a partner, as partner activity: from their start, their end up to today (a
 * project without dates runs through its fiscal year).
 */
export const projectActivity: PartnerActivity = (partnerId, today) => {
	const start = sql`coalesce(${projects.startDate}, make_date(${projects.fiscalYear} - 544, 10, 1))`;
	const end = sql`coalesce(${projects.endDate}, make_date(${projects.fiscalYear} - 543, 9, 30))`;
	return sql`SELECT least(${end}, ${today}), 'day' FROM ${projectPartners}
		JOIN ${projects} ON ${projects.id} = ${projectPartners.projectId}
		WHERE ${projectPartners.partnerId} = ${partnerId} AND ${start} <= ${today}`;
};

/** Every project as a choice in a form: id and titles, by Thai title. */
export function projectChoices(executor: Executor) {
	return executor
		.select({ id: projects.id, titleTh: projects.titleTh, titleEn: projects.titleEn })
		.from(projects)
		.orderBy(asc(projects.titleTh));
}

/** Writes a built-in project's corrected fields and moves it to its next version. */
export const updateBuiltinProject = (
	tx: Tx,
	projectId: string,
	fields: Partial<typeof projects.$inferInsert>
) => updateBuiltinRecord(tx, projects, projectId, fields);
