import type { Tx } from '../db/index.ts';
import {
	agencyIdsByCode,
	applyBuiltin,
	byKey,
	type ChangeContext,
	fieldsOf
} from '../platform/index.ts';
import { partnersNamed } from '../partners/index.ts';
import { findElementByCode, findKpiByCode, findPlanByCode } from '../plans/index.ts';
import type { BuiltinProject } from './builtin-schema.ts';
import type { progressReports, projects } from './schema.ts';
import {
	addProjectPartners,
	enteredReportSequences,
	fileReports,
	findProject,
	findProjectByCode,
	insertProject,
	markPlannedProjectsMade,
	planProjectWithTitle,
	projectAgencyRows,
	projectPlanLinkRows,
	replaceFileReports,
	replaceProjectAgencies,
	replaceProjectPlanLinks,
	unmadePlannedProjects,
	updateBuiltinProject
} from './repository.ts';
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
	const row = await findProject(tx, projectId);
	if (!row) return null;
	const { id: _id, createdAt: _c, updatedAt: _u, version, ...values } = row;
	const agencyRows = await projectAgencyRows(tx, projectId);
	const links = await projectPlanLinkRows(tx, projectId);
	const reports = await fileReports(tx, projectId);
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
	const held = new Set(existingId ? await enteredReportSequences(tx, existingId) : []);
	const file = {
		...definition.values,
		agencies: definition.agencies.sort(byKey((a) => `${a.role}${a.agencyId}`)),
		links: definition.links.sort(byKey((l) => `${l.elementId}${l.kpiId}`)),
		reports: definition.reports.filter((report) => !held.has(report.sequence))
	};
	const before = existingId ? await storedDefinition(tx, existingId) : null;
	const writeParts = async (projectId: string, parts: Partial<typeof file>) => {
		if (parts.agencies) await replaceProjectAgencies(tx, projectId, parts.agencies);
		if (parts.links) await replaceProjectPlanLinks(tx, projectId, parts.links);
		if (parts.reports) await replaceFileReports(tx, projectId, parts.reports);
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
			const created = await insertProject(tx, definition.values);
			if (!created) throw new Error(`could not insert project ${definition.values.titleTh}`);
			await writeParts(created.id, file);
			return created.id;
		},
		update: async (projectId, { agencies, links, reports, ...fields }) => {
			// A correction from the files is a new version: an editor holding the old one is told.
			await updateBuiltinProject(tx, projectId, fields);
			await writeParts(projectId, { agencies, links, reports });
		}
	});
	return { id, changed: written };
}

async function planLink(tx: Tx, link: BuiltinProject['alignment'][number]): Promise<PlanLink> {
	const plan = await findPlanByCode(tx, link.plan);
	if (!plan) throw new Error(`unknown plan ${link.plan}`);
	const kpi = link.kpi ? await findKpiByCode(tx, plan.id, link.kpi) : undefined;
	if (link.kpi && !kpi) throw new Error(`unknown KPI ${link.plan} ${link.kpi}`);
	const element = link.element ? await findElementByCode(tx, plan.id, link.element) : undefined;
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
	const ids = await agencyIdsByCode(
		tx,
		[project.leadAgency, ...project.supportingAgencies],
		`project ${project.code}`
	);
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
	const existing = await findProjectByCode(tx, project.code);
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
	const linked = toLink.length ? await addProjectPartners(tx, id, [...new Set(toLink)]) : [];
	return changed || linked.length ? 1 : 0;
}

/**
 * Makes a project of each project a plan lists under its KPIs, in the plan's first fiscal year: one
 * project per title, with the agencies, the "new project" mark and links to every KPI and tactic
 * it is listed under. Plan projects already made are left to their owners.
 */
export async function loadProjectsListedInPlans(tx: Tx, context: ChangeContext): Promise<number> {
	const listed = await unmadePlannedProjects(tx);
	const groups = new Map<string, typeof listed>();
	for (const row of listed) {
		const key = `${row.plan.id}:${row.planned.titleTh}`;
		groups.set(key, [...(groups.get(key) ?? []), row]);
	}
	let changes = 0;
	for (const rows of groups.values()) {
		const [first] = rows;
		if (!first) continue;
		const existing = await planProjectWithTitle(tx, first.plan.id, first.planned.titleTh);
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
		await markPlannedProjectsMade(
			tx,
			rows.map(({ planned }) => planned.id),
			id
		);
		changes++;
	}
	return changes;
}
