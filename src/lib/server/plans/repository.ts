import { and, asc, count, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { type Executor, queryRows, type Tx } from '../db/index.ts';
import {
	type Actor,
	agencyLabelColumns,
	type AgencyScope,
	canReadWork,
	listAttachments,
	readableWork
} from '../platform/index.ts';
import { agencies, users } from '../platform/schema.ts';
import {
	elementAlignments,
	kpiAgencies,
	kpiLevels,
	kpiResults,
	kpis,
	kpiTargets,
	planElements,
	plannedProjects,
	plans
} from './schema.ts';
import { kpiStatus, type KpiStatus } from './status.ts';

export type PlanRow = typeof plans.$inferSelect;
export type ElementRow = typeof planElements.$inferSelect;
export type KpiRow = typeof kpis.$inferSelect;
export type ResultRow = typeof kpiResults.$inferSelect;
export type AlignmentRow = typeof elementAlignments.$inferSelect;

export async function listPlans(executor: Executor) {
	const rows = await executor.select().from(plans).orderBy(asc(plans.level), asc(plans.code));
	const kpiCounts = await executor
		.select({ planId: kpis.planId, n: count() })
		.from(kpis)
		.groupBy(kpis.planId);
	const elementCounts = await executor
		.select({ planId: planElements.planId, n: count() })
		.from(planElements)
		.groupBy(planElements.planId);
	const countOf = (list: { planId: string; n: number }[], id: string) =>
		list.find((row) => row.planId === id)?.n ?? 0;
	return rows.map((plan) => ({
		...plan,
		elementCount: countOf(elementCounts, plan.id),
		kpiCount: countOf(kpiCounts, plan.id)
	}));
}

export async function findPlan(executor: Executor, planId: string): Promise<PlanRow | null> {
	const [plan] = await executor.select().from(plans).where(eq(plans.id, planId));
	return plan ?? null;
}

export interface ElementNode extends ElementRow {
	kpis: Pick<KpiRow, 'id' | 'code' | 'kind' | 'titleTh' | 'titleEn'>[];
	children: ElementNode[];
}

/** A plan's elements as a tree, each with its KPIs, in the plan's order. */
export async function planTree(executor: Executor, planId: string): Promise<ElementNode[]> {
	const elements = await executor
		.select()
		.from(planElements)
		.where(eq(planElements.planId, planId))
		.orderBy(asc(planElements.position));
	const kpiRows = await executor
		.select({
			id: kpis.id,
			elementId: kpis.elementId,
			code: kpis.code,
			kind: kpis.kind,
			titleTh: kpis.titleTh,
			titleEn: kpis.titleEn
		})
		.from(kpis)
		.where(eq(kpis.planId, planId))
		.orderBy(asc(kpis.position));
	const nodes = new Map<string, ElementNode>(
		elements.map((element) => [element.id, { ...element, kpis: [], children: [] }])
	);
	for (const { elementId, ...kpi } of kpiRows) nodes.get(elementId)?.kpis.push(kpi);
	const roots: ElementNode[] = [];
	for (const node of nodes.values()) {
		const parent = node.parentId ? nodes.get(node.parentId) : undefined;
		if (parent) parent.children.push(node);
		else roots.push(node);
	}
	return roots;
}

export async function findKpi(executor: Executor, kpiId: string) {
	const [row] = await executor
		.select({ kpi: kpis, element: planElements, plan: plans })
		.from(kpis)
		.innerJoin(planElements, eq(planElements.id, kpis.elementId))
		.innerJoin(plans, eq(plans.id, kpis.planId))
		.where(eq(kpis.id, kpiId));
	return row ?? null;
}

export async function kpiLeadAgencyIds(executor: Executor, kpiId: string): Promise<string[]> {
	const rows = await executor
		.select({ agencyId: kpiAgencies.agencyId })
		.from(kpiAgencies)
		.where(and(eq(kpiAgencies.kpiId, kpiId), eq(kpiAgencies.role, 'lead')));
	return rows.map((row) => row.agencyId);
}

/**
 * The results the reader may read (decision 0013): submitted and approved ones, and unsubmitted
 * ones of KPIs led by agencies within `unsubmitted` (the policy's `unsubmittedScope`).
 */
const readableResult = (unsubmitted: AgencyScope) =>
	readableWork(
		kpiResults.status,
		unsubmitted,
		sql`ARRAY(SELECT ka.agency_id FROM ${kpiAgencies} ka WHERE ka.kpi_id = ${kpiResults.kpiId} AND ka.role = 'lead')`
	);

/** Whether the reader may read a result and its evidence; false when there is no such result. */
export async function resultReadable(
	executor: Executor,
	reader: Actor,
	resultId: string
): Promise<boolean> {
	const [result] = await executor
		.select({ kpiId: kpiResults.kpiId, status: kpiResults.status })
		.from(kpiResults)
		.where(eq(kpiResults.id, resultId));
	if (!result) return false;
	return canReadWork(reader, {
		state: result.status,
		agencyIds: await kpiLeadAgencyIds(executor, result.kpiId)
	});
}

export async function findResult(
	executor: Executor,
	kpiId: string,
	fiscalYear: number
): Promise<ResultRow | null> {
	const [row] = await executor
		.select()
		.from(kpiResults)
		.where(and(eq(kpiResults.kpiId, kpiId), eq(kpiResults.fiscalYear, fiscalYear)));
	return row ?? null;
}

/** The result of a KPI for a fiscal year, locked until the transaction ends; null when none. */
export async function lockResult(
	tx: Tx,
	kpiId: string,
	fiscalYear: number
): Promise<ResultRow | null> {
	const [row] = await tx
		.select()
		.from(kpiResults)
		.where(and(eq(kpiResults.kpiId, kpiId), eq(kpiResults.fiscalYear, fiscalYear)))
		.for('update');
	return row ?? null;
}

/** The KPI and fiscal year of a result, by its id; null when there is no such result. */
export async function findResultKey(
	executor: Executor,
	resultId: string
): Promise<{ kpiId: string; fiscalYear: number } | null> {
	const [row] = await executor
		.select({ kpiId: kpiResults.kpiId, fiscalYear: kpiResults.fiscalYear })
		.from(kpiResults)
		.where(eq(kpiResults.id, resultId));
	return row ?? null;
}

export async function insertResult(tx: Tx, values: typeof kpiResults.$inferInsert) {
	const [created] = await tx.insert(kpiResults).values(values).returning();
	return created;
}

export async function updateResult(
	tx: Tx,
	resultId: string,
	changes: Partial<typeof kpiResults.$inferInsert>
) {
	const [updated] = await tx
		.update(kpiResults)
		.set({ ...changes, updatedAt: new Date() })
		.where(eq(kpiResults.id, resultId))
		.returning();
	return updated;
}

/** How many levels a KPI's ladder has. */
export async function kpiLevelCount(executor: Executor, kpiId: string): Promise<number> {
	const [row] = await executor
		.select({ n: count() })
		.from(kpiLevels)
		.where(eq(kpiLevels.kpiId, kpiId));
	return row?.n ?? 0;
}

/**
 * Everything a KPI page shows: ladder, targets, the results the reader may read (`unsubmitted`:
 * the policy's `unsubmittedScope`) with their people and evidence, agencies, projects.
 */
export async function kpiDetail(executor: Executor, kpiId: string, unsubmitted: AgencyScope) {
	const found = await findKpi(executor, kpiId);
	if (!found) return null;
	const levels = await executor
		.select()
		.from(kpiLevels)
		.where(eq(kpiLevels.kpiId, kpiId))
		.orderBy(asc(kpiLevels.level));
	const targets = await executor
		.select()
		.from(kpiTargets)
		.where(eq(kpiTargets.kpiId, kpiId))
		.orderBy(asc(kpiTargets.fiscalYear));
	const results = await executor
		.select()
		.from(kpiResults)
		.where(and(eq(kpiResults.kpiId, kpiId), readableResult(unsubmitted)))
		.orderBy(asc(kpiResults.fiscalYear));
	const agencyRows = await executor
		.select({
			...agencyLabelColumns,
			role: kpiAgencies.role
		})
		.from(kpiAgencies)
		.innerJoin(agencies, eq(agencies.id, kpiAgencies.agencyId))
		.where(eq(kpiAgencies.kpiId, kpiId))
		.orderBy(asc(agencies.code));
	const projects = await executor
		.select()
		.from(plannedProjects)
		.where(eq(plannedProjects.kpiId, kpiId))
		.orderBy(asc(plannedProjects.position));
	const peopleIds = [
		...new Set(results.flatMap((r) => [r.enteredBy, r.reviewedBy]).filter((id) => id !== null))
	];
	const people = peopleIds.length
		? await executor
				.select({ id: users.id, displayName: users.displayName })
				.from(users)
				.where(inArray(users.id, peopleIds))
		: [];
	const nameOf = (id: string | null) => people.find((p) => p.id === id)?.displayName ?? null;
	const files = await listAttachments(
		executor,
		'kpi_result',
		results.map((result) => result.id)
	);
	return {
		...found,
		levels,
		targets,
		results: results.map((result) => ({
			...result,
			enteredByName: nameOf(result.enteredBy),
			reviewedByName: nameOf(result.reviewedBy),
			attachments: files.filter((file) => file.ownerId === result.id),
			kpiStatus: kpiStatus({
				direction: found.kpi.direction,
				target: targets.find((t) => t.fiscalYear === result.fiscalYear)?.value,
				result
			})
		})),
		agencies: agencyRows,
		projects
	};
}

export interface MatrixCell {
	fiscalYear: number;
	target: number | null;
	targetNote: string | null;
	targetNoteEn: string | null;
	result: number | null;
	resultStatus: ResultRow['status'] | null;
	status: KpiStatus;
}

/**
 * KPI × fiscal year of a plan: target, result and status in each cell, of the results the reader
 * may read (`unsubmitted`: the policy's `unsubmittedScope`). Three queries.
 */
export async function kpiMatrix(executor: Executor, plan: PlanRow, unsubmitted: AgencyScope) {
	const rows = await executor
		.select({
			id: kpis.id,
			code: kpis.code,
			kind: kpis.kind,
			titleTh: kpis.titleTh,
			titleEn: kpis.titleEn,
			unitTh: kpis.unitTh,
			unitEn: kpis.unitEn,
			direction: kpis.direction,
			elementCode: planElements.code,
			elementTitleTh: planElements.titleTh,
			elementTitleEn: planElements.titleEn
		})
		.from(kpis)
		.innerJoin(planElements, eq(planElements.id, kpis.elementId))
		.where(eq(kpis.planId, plan.id))
		.orderBy(asc(planElements.code), asc(kpis.position));
	const targets = await executor
		.select()
		.from(kpiTargets)
		.innerJoin(kpis, eq(kpis.id, kpiTargets.kpiId))
		.where(eq(kpis.planId, plan.id));
	const results = await executor
		.select({
			kpiId: kpiResults.kpiId,
			fiscalYear: kpiResults.fiscalYear,
			value: kpiResults.value,
			status: kpiResults.status
		})
		.from(kpiResults)
		.innerJoin(kpis, eq(kpis.id, kpiResults.kpiId))
		.where(and(eq(kpis.planId, plan.id), readableResult(unsubmitted)));
	const key = (kpiId: string, fiscalYear: number) => `${kpiId}:${fiscalYear}`;
	const targetOf = new Map(
		targets.map(({ kpi_targets: t }) => [key(t.kpiId, t.fiscalYear), t] as const)
	);
	const resultOf = new Map(results.map((r) => [key(r.kpiId, r.fiscalYear), r] as const));
	const fiscalYears = Array.from(
		{ length: plan.fiscalYearEnd - plan.fiscalYearStart + 1 },
		(_, index) => plan.fiscalYearStart + index
	);
	return {
		fiscalYears,
		rows: rows.map((row) => ({
			...row,
			cells: fiscalYears.map((fiscalYear): MatrixCell => {
				const target = targetOf.get(key(row.id, fiscalYear));
				const result = resultOf.get(key(row.id, fiscalYear));
				return {
					fiscalYear,
					target: target?.value ?? null,
					targetNote: target?.noteTh ?? null,
					targetNoteEn: target?.noteEn ?? null,
					result: result?.value ?? null,
					resultStatus: result?.status ?? null,
					status: kpiStatus({ direction: row.direction, target: target?.value, result })
				};
			})
		}))
	};
}

/**
 * The reporting round for a fiscal year: every KPI whose lead agency is one of `agencyIds` (all
 * KPIs when null) with its result's state, and, for reviewers, what waits for review.
 */
export async function reportingRound(
	executor: Executor,
	fiscalYear: number,
	agencyIds: string[] | null
) {
	if (agencyIds && agencyIds.length === 0) return [];
	const rows = await executor
		.selectDistinct({
			kpiId: kpis.id,
			code: kpis.code,
			titleTh: kpis.titleTh,
			titleEn: kpis.titleEn,
			planId: plans.id,
			planCode: plans.code,
			planTitleTh: plans.titleTh,
			planTitleEn: plans.titleEn,
			resultStatus: kpiResults.status,
			submittedAt: kpiResults.submittedAt
		})
		.from(kpis)
		.innerJoin(plans, eq(plans.id, kpis.planId))
		.innerJoin(kpiAgencies, and(eq(kpiAgencies.kpiId, kpis.id), eq(kpiAgencies.role, 'lead')))
		.leftJoin(kpiResults, and(eq(kpiResults.kpiId, kpis.id), eq(kpiResults.fiscalYear, fiscalYear)))
		.where(
			and(
				sql`${fiscalYear} BETWEEN ${plans.fiscalYearStart} AND ${plans.fiscalYearEnd}`,
				agencyIds ? inArray(kpiAgencies.agencyId, agencyIds) : undefined
			)
		)
		.orderBy(asc(plans.code), asc(kpis.code));
	return rows;
}

export interface AlignedElement {
	id: string;
	code: string;
	kind: ElementRow['kind'];
	titleTh: string;
	titleEn: string | null;
	planId: string;
	planCode: string;
	planTitleTh: string;
	planTitleEn: string;
	depth: number;
	noteTh: string | null;
}

/** What an element serves (up, following links transitively) and what serves it (down). */
export async function elementAlignment(executor: Executor, elementId: string) {
	const walk = (direction: 'up' | 'down') => {
		const [near, far] =
			direction === 'up'
				? [sql.raw('from_element_id'), sql.raw('to_element_id')]
				: [sql.raw('to_element_id'), sql.raw('from_element_id')];
		return queryRows<Record<string, unknown>>(
			executor,
			sql`WITH RECURSIVE linked(element_id, depth, note_th) AS (
				SELECT ${far}, 1, note_th FROM ${elementAlignments} WHERE ${near} = ${elementId}
				UNION
				SELECT a.${far}, linked.depth + 1, a.note_th
				FROM ${elementAlignments} a JOIN linked ON a.${near} = linked.element_id
				WHERE linked.depth < 5
			)
			SELECT DISTINCT ON (e.id) e.id, e.code, e.kind, e.title_th, e.title_en, p.id AS plan_id,
				p.code AS plan_code, p.title_th AS plan_title_th, p.title_en AS plan_title_en,
				linked.depth, linked.note_th
			FROM linked
			JOIN ${planElements} e ON e.id = linked.element_id
			JOIN ${plans} p ON p.id = e.plan_id
			ORDER BY e.id, linked.depth`
		).then((rows) =>
			rows
				.map((row): AlignedElement => ({
					id: String(row.id),
					code: String(row.code),
					kind: row.kind as ElementRow['kind'],
					titleTh: String(row.title_th),
					titleEn: (row.title_en as string | null) ?? null,
					planId: String(row.plan_id),
					planCode: String(row.plan_code),
					planTitleTh: String(row.plan_title_th),
					planTitleEn: String(row.plan_title_en),
					depth: Number(row.depth),
					noteTh: (row.note_th as string | null) ?? null
				}))
				.sort((a, b) => a.depth - b.depth || a.planCode.localeCompare(b.planCode))
		);
	};
	return { up: await walk('up'), down: await walk('down') };
}

/**
 * What is missing for a plan in a fiscal year: tactics with no project listed under their KPIs,
 * KPIs with no approved or submitted result, and national milestones no city or agency element serves.
 */
export async function planGaps(executor: Executor, plan: PlanRow, fiscalYear: number) {
	const tacticsWithoutProject = await queryRows<{
		id: string;
		code: string;
		title_th: string;
		title_en: string | null;
	}>(
		executor,
		sql`SELECT e.id, e.code, e.title_th, e.title_en FROM ${planElements} e
			WHERE e.plan_id = ${plan.id} AND e.kind = 'tactic'
			AND NOT EXISTS (
				SELECT 1 FROM ${kpis} k JOIN ${plannedProjects} pp ON pp.kpi_id = k.id WHERE k.element_id = e.id
			)
			ORDER BY e.code`
	);
	const kpisWithoutResult = await queryRows<{
		id: string;
		code: string;
		title_th: string;
		title_en: string | null;
	}>(
		executor,
		sql`SELECT k.id, k.code, k.title_th, k.title_en FROM ${kpis} k
			WHERE k.plan_id = ${plan.id}
			AND NOT EXISTS (
				SELECT 1 FROM ${kpiResults} r
				WHERE r.kpi_id = k.id AND r.fiscal_year = ${fiscalYear} AND r.status IN ('submitted', 'approved')
			)
			ORDER BY k.code`
	);
	const unservedMilestones = await queryRows<{
		id: string;
		code: string;
		title_th: string;
		title_en: string | null;
		plan_code: string;
	}>(
		executor,
		sql`SELECT e.id, e.code, e.title_th, e.title_en, p.code AS plan_code FROM ${planElements} e
			JOIN ${plans} p ON p.id = e.plan_id
			WHERE e.kind = 'milestone'
			AND NOT EXISTS (
				SELECT 1 FROM ${elementAlignments} a
				JOIN ${planElements} f ON f.id = a.from_element_id
				JOIN ${plans} fp ON fp.id = f.plan_id
				WHERE a.to_element_id = e.id AND fp.level IN ('city', 'agency')
			)
			ORDER BY p.code, length(e.code), e.code`
	);
	const shape = (row: { id: string; code: string; title_th: string; title_en: string | null }) => ({
		id: row.id,
		code: row.code,
		titleTh: row.title_th,
		titleEn: row.title_en
	});
	return {
		tacticsWithoutProject: tacticsWithoutProject.map(shape),
		kpisWithoutResult: kpisWithoutResult.map(shape),
		unservedMilestones: unservedMilestones.map((row) => ({
			...shape(row),
			planCode: row.plan_code
		}))
	};
}

export async function findElement(
	executor: Executor,
	elementId: string
): Promise<{
	element: ElementRow;
	plan: { id: string; code: string; titleTh: string; titleEn: string };
} | null> {
	const [row] = await executor
		.select({
			element: planElements,
			plan: { id: plans.id, code: plans.code, titleTh: plans.titleTh, titleEn: plans.titleEn }
		})
		.from(planElements)
		.innerJoin(plans, eq(plans.id, planElements.planId))
		.where(eq(planElements.id, elementId));
	return row ?? null;
}

export async function findPlanByCode(executor: Executor, code: string) {
	const [row] = await executor.select().from(plans).where(eq(plans.code, code));
	return row;
}

/** A plan's element by its code; undefined when there is none. */
export async function findElementByCode(executor: Executor, planId: string, code: string) {
	const [row] = await executor
		.select()
		.from(planElements)
		.where(and(eq(planElements.planId, planId), eq(planElements.code, code)));
	return row;
}

/** A plan's KPI by its code; undefined when there is none. */
export async function findKpiByCode(executor: Executor, planId: string, code: string) {
	const [row] = await executor
		.select()
		.from(kpis)
		.where(and(eq(kpis.planId, planId), eq(kpis.code, code)));
	return row;
}

export async function insertPlan(tx: Tx, values: typeof plans.$inferInsert) {
	const [created] = await tx.insert(plans).values(values).returning({ id: plans.id });
	return created;
}

export async function setPlanFields(
	tx: Tx,
	planId: string,
	fields: Partial<typeof plans.$inferInsert>
) {
	await tx
		.update(plans)
		.set({ ...fields, updatedAt: new Date() })
		.where(eq(plans.id, planId));
}

export async function insertElement(tx: Tx, values: typeof planElements.$inferInsert) {
	const [created] = await tx.insert(planElements).values(values).returning({ id: planElements.id });
	return created;
}

export async function setElementFields(
	tx: Tx,
	elementId: string,
	fields: Partial<typeof planElements.$inferInsert>
) {
	await tx
		.update(planElements)
		.set({ ...fields, updatedAt: new Date() })
		.where(eq(planElements.id, elementId));
}

/** The id of the element with the code in the plan with the code; undefined when there is none. */
export async function elementIdByCodes(executor: Executor, planCode: string, elementCode: string) {
	const [row] = await executor
		.select({ id: planElements.id })
		.from(planElements)
		.innerJoin(plans, eq(plans.id, planElements.planId))
		.where(and(eq(plans.code, planCode), eq(planElements.code, elementCode)));
	return row?.id;
}

/** A KPI by its id, without its element and plan; undefined when there is none. */
export async function kpiRow(executor: Executor, kpiId: string) {
	const [row] = await executor.select().from(kpis).where(eq(kpis.id, kpiId));
	return row;
}

export async function insertKpi(tx: Tx, values: typeof kpis.$inferInsert) {
	const [created] = await tx.insert(kpis).values(values).returning({ id: kpis.id });
	return created;
}

export async function setKpiFields(
	tx: Tx,
	kpiId: string,
	fields: Partial<typeof kpis.$inferInsert>
) {
	await tx
		.update(kpis)
		.set({ ...fields, updatedAt: new Date() })
		.where(eq(kpis.id, kpiId));
}

/** A KPI's ladder, by level. */
export function kpiLevelRows(executor: Executor, kpiId: string) {
	return executor
		.select()
		.from(kpiLevels)
		.where(eq(kpiLevels.kpiId, kpiId))
		.orderBy(kpiLevels.level);
}

/** A KPI's yearly targets, by fiscal year. */
export function kpiTargetRows(executor: Executor, kpiId: string) {
	return executor
		.select()
		.from(kpiTargets)
		.where(eq(kpiTargets.kpiId, kpiId))
		.orderBy(kpiTargets.fiscalYear);
}

export function kpiAgencyRows(executor: Executor, kpiId: string) {
	return executor.select().from(kpiAgencies).where(eq(kpiAgencies.kpiId, kpiId));
}

/** The projects a KPI lists, by position. */
export function plannedProjectRows(executor: Executor, kpiId: string) {
	return executor
		.select()
		.from(plannedProjects)
		.where(eq(plannedProjects.kpiId, kpiId))
		.orderBy(plannedProjects.position);
}

type KpiChild<T extends { $inferInsert: { kpiId: string } }> = Omit<T['$inferInsert'], 'kpiId'>;

/**
 * Replaces a KPI's ladder, targets and agencies with the given ones, and its listed projects
 * position by position, so a listed project keeps its id (and the project made of it).
 */
export async function replaceKpiChildren(
	tx: Tx,
	kpiId: string,
	children: {
		levels: KpiChild<typeof kpiLevels>[];
		targets: KpiChild<typeof kpiTargets>[];
		agencies: KpiChild<typeof kpiAgencies>[];
		projects: (KpiChild<typeof plannedProjects> & { position: number })[];
	}
) {
	await tx.delete(kpiLevels).where(eq(kpiLevels.kpiId, kpiId));
	await tx.delete(kpiTargets).where(eq(kpiTargets.kpiId, kpiId));
	await tx.delete(kpiAgencies).where(eq(kpiAgencies.kpiId, kpiId));
	if (children.levels.length) {
		await tx.insert(kpiLevels).values(children.levels.map((l) => ({ kpiId, ...l })));
	}
	if (children.targets.length) {
		await tx.insert(kpiTargets).values(children.targets.map((t) => ({ kpiId, ...t })));
	}
	if (children.agencies.length) {
		await tx.insert(kpiAgencies).values(children.agencies.map((a) => ({ kpiId, ...a })));
	}
	const existing = await tx.select().from(plannedProjects).where(eq(plannedProjects.kpiId, kpiId));
	for (const project of children.projects) {
		const match = existing.find((row) => row.position === project.position);
		if (match)
			await tx.update(plannedProjects).set(project).where(eq(plannedProjects.id, match.id));
		else await tx.insert(plannedProjects).values({ kpiId, ...project });
	}
	const extra = existing.filter((row) => row.position > children.projects.length);
	if (extra.length) {
		await tx.delete(plannedProjects).where(
			inArray(
				plannedProjects.id,
				extra.map((row) => row.id)
			)
		);
	}
}

/** The link from one element to another; undefined when there is none. */
export async function findAlignmentBetween(
	executor: Executor,
	fromElementId: string,
	toElementId: string
) {
	const [row] = await executor
		.select()
		.from(elementAlignments)
		.where(
			and(
				eq(elementAlignments.fromElementId, fromElementId),
				eq(elementAlignments.toElementId, toElementId)
			)
		);
	return row;
}

export async function setAlignmentNotes(
	tx: Tx,
	alignmentId: string,
	notes: Partial<Pick<AlignmentRow, 'noteTh' | 'noteEn'>>
) {
	await tx.update(elementAlignments).set(notes).where(eq(elementAlignments.id, alignmentId));
}

/** An element by its id, without its plan; null when there is none. */
export async function elementRow(
	executor: Executor,
	elementId: string
): Promise<ElementRow | null> {
	const [row] = await executor.select().from(planElements).where(eq(planElements.id, elementId));
	return row ?? null;
}

/** Links one element to another it serves; undefined when the two are linked already. */
export async function insertAlignment(tx: Tx, values: typeof elementAlignments.$inferInsert) {
	const [created] = await tx
		.insert(elementAlignments)
		.values(values)
		.onConflictDoNothing()
		.returning();
	return created;
}

/** Removes a link between elements; the link as it was, or undefined when there was none. */
export async function deleteAlignment(tx: Tx, alignmentId: string) {
	const [deleted] = await tx
		.delete(elementAlignments)
		.where(eq(elementAlignments.id, alignmentId))
		.returning();
	return deleted;
}

/** The links that start or end at the element, each one removable on its own. */
export function directLinks(executor: Executor, elementId: string) {
	return executor
		.select()
		.from(elementAlignments)
		.where(
			or(
				eq(elementAlignments.fromElementId, elementId),
				eq(elementAlignments.toElementId, elementId)
			)
		);
}

/** Every element of every other plan, to link to: plans by code, elements as their trees go. */
export async function otherPlansElements(executor: Executor, planId: string) {
	return executor
		.select({
			id: planElements.id,
			parentId: planElements.parentId,
			position: planElements.position,
			kind: planElements.kind,
			code: planElements.code,
			titleTh: planElements.titleTh,
			titleEn: planElements.titleEn,
			planId: plans.id,
			planCode: plans.code,
			planTitleTh: plans.titleTh,
			planTitleEn: plans.titleEn
		})
		.from(planElements)
		.innerJoin(plans, and(eq(plans.id, planElements.planId), ne(plans.id, planId)))
		.orderBy(asc(plans.code), asc(planElements.position));
}
