import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../db/index.ts';
import { applyBuiltin, byKey, type ChangeContext, fieldsOf } from '../platform/index.ts';
import { agencies } from '../platform/schema.ts';
import { partnersNamed } from '../partners/index.ts';
import { kpis, planElements, plannedProjects, plans } from '../plans/schema.ts';
import type { BuiltinProject } from './builtin-schema.ts';
import {
	progressReports,
	projectAgencies,
	projectPartners,
	projectPlanLinks,
	projects
} from './schema.ts';
import { projectAgencyRows, projectPlanLinkRows } from './repository.ts';
import { projectStatusFrom } from './status.ts';

type ProjectValues = typeof projects.$inferInsert;
type AgencyRole = { agencyId: string; role: 'lead' | 'supporting' };
type PlanLink = { elementId: string; kpiId: string | null; noteTh: string | null };
/** What a built-in report states; the review trail of reports entered in Saphan is not compared. */
type Report = Pick<
	typeof progressReports.$inferInsert,
	| 'sequence'
	| 'reportedOn'
	| 'statusText'
	| 'percentDone'
	| 'budgetDisbursed'
	| 'onPlan'
	| 'onTarget'
	| 'projectStatus'
	| 'reportedBy'
	| 'state'
>;

interface ProjectDefinition {
	values: Omit<ProjectValues, 'id'>;
	agencies: AgencyRole[];
	links: PlanLink[];
	reports: Report[];
}

async function storedDefinition(
	tx: Tx,
	projectId: string
): Promise<(ProjectDefinition & { version: number }) | null> {
	const [row] = await tx.select().from(projects).where(eq(projects.id, projectId));
	if (!row) return null;
	const { id: _id, createdAt: _c, updatedAt: _u, version, ...values } = row;
	const agencyRows = await projectAgencyRows(tx, projectId);
	const links = await projectPlanLinkRows(tx, projectId);
	const reports = await tx
		.select()
		.from(progressReports)
		.where(and(eq(progressReports.projectId, projectId), isNull(progressReports.enteredBy)))
		.orderBy(asc(progressReports.sequence));
	return {
		version,
		values,
		agencies: agencyRows.sort(byKey((a) => `${a.role}${a.agencyId}`)),
		links: links.sort(byKey((l) => `${l.elementId}${l.kpiId}`)),
		reports: reports.map((report) => ({
			sequence: report.sequence,
			reportedOn: report.reportedOn,
			statusText: report.statusText,
			percentDone: report.percentDone,
			budgetDisbursed: report.budgetDisbursed,
			onPlan: report.onPlan,
			onTarget: report.onTarget,
			projectStatus: report.projectStatus,
			reportedBy: report.reportedBy,
			state: report.state
		}))
	};
}

/**
 * Writes a built-in project and everything under it, field by field where no one changed it
 * (`applyBuiltin`). Reports people entered in Saphan stay: a file report does not take a sequence
 * one of theirs holds.
 */
async function upsertProject(
	tx: Tx,
	context: ChangeContext,
	existingId: string | null,
	identity: { key: string; label: string },
	definition: ProjectDefinition
): Promise<{ id: string; changed: boolean }> {
	const held = new Set(
		existingId
			? (
					await tx
						.select({ sequence: progressReports.sequence })
						.from(progressReports)
						.where(
							and(eq(progressReports.projectId, existingId), isNotNull(progressReports.enteredBy))
						)
				).map((row) => row.sequence)
			: []
	);
	const file = {
		...definition.values,
		agencies: definition.agencies.sort(byKey((a) => `${a.role}${a.agencyId}`)),
		links: definition.links.sort(byKey((l) => `${l.elementId}${l.kpiId}`)),
		reports: definition.reports.filter((report) => !held.has(report.sequence))
	};
	const before = existingId ? await storedDefinition(tx, existingId) : null;
	const writeParts = async (projectId: string, parts: Partial<typeof file>) => {
		if (parts.agencies) {
			await tx.delete(projectAgencies).where(eq(projectAgencies.projectId, projectId));
			if (parts.agencies.length) {
				await tx.insert(projectAgencies).values(parts.agencies.map((a) => ({ projectId, ...a })));
			}
		}
		if (parts.links) {
			await tx.delete(projectPlanLinks).where(eq(projectPlanLinks.projectId, projectId));
			if (parts.links.length) {
				await tx.insert(projectPlanLinks).values(parts.links.map((l) => ({ projectId, ...l })));
			}
		}
		if (parts.reports) {
			await tx
				.delete(progressReports)
				.where(and(eq(progressReports.projectId, projectId), isNull(progressReports.enteredBy)));
			if (parts.reports.length) {
				await tx.insert(progressReports).values(parts.reports.map((r) => ({ projectId, ...r })));
			}
		}
	};
	const { id, written } = await applyBuiltin(tx, context, {
		kind: 'project',
		...identity,
		file,
		stored:
			existingId && before
				? {
						id: existingId,
						values: {
							...fieldsOf(definition.values, before.values),
							agencies: before.agencies,
							links: before.links,
							reports: before.reports
						},
						version: before.version
					}
				: null,
		insert: async () => {
			const [created] = await tx
				.insert(projects)
				.values(definition.values)
				.returning({ id: projects.id });
			if (!created) throw new Error(`could not insert project ${definition.values.titleTh}`);
			await writeParts(created.id, file);
			return created.id;
		},
		update: async (projectId, { agencies, links, reports, ...fields }) => {
			await tx
				.update(projects)
				// A correction from the files is a new version: an editor holding the old one is told.
				.set({ ...fields, version: sql`${projects.version} + 1`, updatedAt: new Date() })
				.where(eq(projects.id, projectId));
			await writeParts(projectId, { agencies, links, reports });
		}
	});
	return { id, changed: written };
}

async function agencyIds(tx: Tx, codes: string[]): Promise<Map<string, string>> {
	if (codes.length === 0) return new Map();
	const rows = await tx
		.select({ id: agencies.id, code: agencies.code })
		.from(agencies)
		.where(inArray(agencies.code, codes));
	const byCode = new Map(rows.map((row) => [row.code, row.id]));
	const unknown = codes.filter((code) => !byCode.has(code));
	if (unknown.length) throw new Error(`unknown agencies: ${unknown.join(', ')}`);
	return byCode;
}

async function planLink(tx: Tx, link: BuiltinProject['alignment'][number]): Promise<PlanLink> {
	const [plan] = await tx.select().from(plans).where(eq(plans.code, link.plan));
	if (!plan) throw new Error(`unknown plan ${link.plan}`);
	const kpi = link.kpi
		? (
				await tx
					.select()
					.from(kpis)
					.where(and(eq(kpis.planId, plan.id), eq(kpis.code, link.kpi)))
			)[0]
		: undefined;
	if (link.kpi && !kpi) throw new Error(`unknown KPI ${link.plan} ${link.kpi}`);
	const element = link.element
		? (
				await tx
					.select()
					.from(planElements)
					.where(and(eq(planElements.planId, plan.id), eq(planElements.code, link.element)))
			)[0]
		: undefined;
	const elementId = element?.id ?? kpi?.elementId;
	if (!elementId) throw new Error(`unknown element ${link.plan} ${link.element ?? ''}`);
	return { elementId, kpiId: kpi?.id ?? null, noteTh: link.noteTh ?? null };
}

/**
 * Loads one project file (matched by its code) with its agencies, plan links and reports. The
 * file names partners in words: a name that stands for one partner links it when the project is
 * new or still lists that name as not found (so a link people removed stays removed); the others
 * are kept as named but not found.
 */
export async function loadBuiltinProject(tx: Tx, context: ChangeContext, project: BuiltinProject) {
	const ids = await agencyIds(tx, [project.leadAgency, ...project.supportingAgencies]);
	const named = await partnersNamed(tx, project.partners);
	const reports: Report[] = project.reports.map((report) => ({
		sequence: report.sequence,
		reportedOn: report.reportedOn,
		statusText: report.statusText,
		percentDone: report.percentDone,
		budgetDisbursed: report.budgetDisbursed,
		onPlan: report.onPlan,
		onTarget: report.onTarget,
		projectStatus: report.projectStatus ?? null,
		reportedBy: report.reportedBy ?? null,
		state: 'approved'
	}));
	const definition: ProjectDefinition = {
		values: {
			code: project.code,
			titleTh: project.titleTh,
			titleEn: project.titleEn ?? null,
			fiscalYear: project.fiscalYear,
			startDate: project.startDate ?? null,
			endDate: project.endDate ?? null,
			budgetReceived: project.budgetReceived,
			budgetSpent: project.budgetSpent,
			responsibleUnitText: project.responsibleUnitText ?? null,
			responsiblePerson: project.responsiblePerson ?? null,
			responsiblePhone: project.responsiblePhone ?? null,
			coordinator: project.coordinator ?? null,
			coordinatorRole: project.coordinatorRole ?? null,
			rationaleTh: project.rationaleTh ?? null,
			objectives: project.objectives,
			targetsTh: project.targetsTh ?? null,
			isNew: project.isNew,
			status: projectStatusFrom(
				reports.map((r) => ({
					sequence: r.sequence,
					percentDone: r.percentDone ?? null,
					projectStatus: r.projectStatus ?? null
				}))
			),
			unmatchedPartnerNames: project.partners.filter((name) => !named.has(name)),
			themes: project.themes
		},
		agencies: [
			{ agencyId: ids.get(project.leadAgency) ?? '', role: 'lead' },
			...project.supportingAgencies.map((code) => ({
				agencyId: ids.get(code) ?? '',
				role: 'supporting' as const
			}))
		],
		links: await Promise.all(project.alignment.map((link) => planLink(tx, link))),
		reports
	};
	const [existing] = await tx
		.select({ id: projects.id, unmatchedPartnerNames: projects.unmatchedPartnerNames })
		.from(projects)
		.where(eq(projects.code, project.code));
	const toLink = [...named]
		.filter(([name]) => !existing || existing.unmatchedPartnerNames.includes(name))
		.map(([, partnerId]) => partnerId);
	const identity = { key: project.code, label: project.titleTh };
	const { id, changed } = await upsertProject(
		tx,
		context,
		existing?.id ?? null,
		identity,
		definition
	);
	// A new link is a change too: the load then re-indexes the project with its partner's name.
	const linked = toLink.length
		? await tx
				.insert(projectPartners)
				.values([...new Set(toLink)].map((partnerId) => ({ projectId: id, partnerId })))
				.onConflictDoNothing()
				.returning({ partnerId: projectPartners.partnerId })
		: [];
	return changed || linked.length ? 1 : 0;
}

/**
 * Makes a project of each project a plan lists under its KPIs, in the plan's first fiscal year: one
 * project per title, with the agencies, the "new project" mark and links to every KPI and tactic
 * it is listed under. Plan projects already made are left to their owners.
 */
export async function loadProjectsListedInPlans(tx: Tx, context: ChangeContext): Promise<number> {
	const listed = await tx
		.select({ planned: plannedProjects, kpi: kpis, plan: plans })
		.from(plannedProjects)
		.innerJoin(kpis, eq(kpis.id, plannedProjects.kpiId))
		.innerJoin(plans, eq(plans.id, kpis.planId))
		.where(isNull(plannedProjects.projectId))
		.orderBy(asc(plans.code), asc(kpis.code), asc(plannedProjects.position));
	const groups = new Map<string, typeof listed>();
	for (const row of listed) {
		const key = `${row.plan.id}:${row.planned.titleTh}`;
		groups.set(key, [...(groups.get(key) ?? []), row]);
	}
	let changes = 0;
	for (const rows of groups.values()) {
		const [first] = rows;
		if (!first) continue;
		const [existing] = await tx
			.select({ id: projects.id })
			.from(projects)
			.innerJoin(projectPlanLinks, eq(projectPlanLinks.projectId, projects.id))
			.innerJoin(kpis, eq(kpis.id, projectPlanLinks.kpiId))
			.where(
				and(
					eq(kpis.planId, first.plan.id),
					eq(projects.titleTh, first.planned.titleTh),
					isNull(projects.code)
				)
			);
		const agencyRoles = new Map<string, AgencyRole>();
		for (const { planned } of rows) {
			for (const agencyId of planned.leadAgencyIds)
				agencyRoles.set(`lead${agencyId}`, { agencyId, role: 'lead' });
			for (const agencyId of planned.supportingAgencyIds) {
				agencyRoles.set(`supporting${agencyId}`, { agencyId, role: 'supporting' });
			}
		}
		const identity = {
			key: `${first.plan.code}/${first.planned.titleTh}`,
			label: first.planned.titleTh
		};
		const { id } = await upsertProject(tx, context, existing?.id ?? null, identity, {
			values: {
				code: null,
				titleTh: first.planned.titleTh,
				titleEn: first.planned.titleEn,
				fiscalYear: first.plan.fiscalYearStart,
				isNew: rows.some(({ planned }) => planned.isNew),
				status: 'planned'
			},
			agencies: [...agencyRoles.values()],
			links: rows.map(({ kpi }) => ({ elementId: kpi.elementId, kpiId: kpi.id, noteTh: null })),
			reports: []
		});
		await tx
			.update(plannedProjects)
			.set({ projectId: id })
			.where(
				inArray(
					plannedProjects.id,
					rows.map(({ planned }) => planned.id)
				)
			);
		changes++;
	}
	return changes;
}
