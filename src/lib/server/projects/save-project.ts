import { fiscalYearRange } from '../../dates.ts';
import type { Db, Executor, Tx } from '../db/index.ts';
import {
	actsForAgency,
	AppError,
	authorize,
	type ChangeContext,
	duplicateOf,
	type FieldErrors,
	recordAudit,
	refuseDuplicates,
	requireVersion
} from '../platform/index.ts';
import { indexDocument } from '../search/index.ts';
import { partnersAmong, refreshLastActivity } from '../partners/index.ts';
import {
	agenciesByCodeOrId,
	insertProject,
	kpisAmong,
	lockProject,
	planElementsAmong,
	projectAgencyIds,
	projectAgencyRows,
	projectPartnerIds,
	projectPlanLinkRows,
	projectReportIds,
	type ProjectRow,
	projectWithCode,
	replaceProjectLinks,
	setProjectFields
} from './repository.ts';
import type { ProjectInput } from './schemas.ts';

/**
 * The dates a project of a fiscal year may carry: from the start of the fiscal year before to the
 * end of the one after, for projects carried over from or into a neighbouring year.
 */
export function projectDateReach(fiscalYear: number): { from: string; to: string } {
	return { from: fiscalYearRange(fiscalYear - 1).start, to: fiscalYearRange(fiscalYear + 1).end };
}

/** What the audit trail keeps of a project: its fields as saved, its agencies, partners and alignment. */
async function auditedProject(tx: Tx, project: ProjectRow) {
	const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = project;
	const agencyRows = await projectAgencyRows(tx, project.id);
	const links = await projectPlanLinkRows(tx, project.id);
	const idsOf = (role: 'lead' | 'supporting') =>
		agencyRows
			.filter((row) => row.role === role)
			.map((row) => row.agencyId)
			.sort();
	return {
		...fields,
		leadAgencies: idsOf('lead'),
		supportingAgencies: idsOf('supporting'),
		partnerIds: await projectPartnerIds(tx, project.id),
		alignment: links.sort((a, b) =>
			`${a.elementId}${a.kpiId}`.localeCompare(`${b.elementId}${b.kpiId}`)
		)
	};
}

/** Agencies named by id or code, or the refusal naming the field that names an unknown one. */
async function resolveAgencies(
	tx: Tx,
	input: ProjectInput,
	fields: FieldErrors
): Promise<{ lead: string[]; supporting: string[] }> {
	const refs = [...new Set([...input.leadAgencies, ...input.supportingAgencies])];
	const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
	const ids = refs.filter((ref) => uuid.test(ref));
	const rows = refs.length ? await agenciesByCodeOrId(tx, refs, ids) : [];
	const byRef = new Map<string, string>();
	for (const row of rows) {
		byRef.set(row.id, row.id);
		byRef.set(row.code, row.id);
	}
	const resolve = (field: 'leadAgencies' | 'supportingAgencies') => {
		const unknown = input[field].filter((ref) => !byRef.has(ref));
		if (unknown.length) {
			fields[field] = { key: 'validation.unknownAgency', params: { agencies: unknown.join(', ') } };
		}
		return [...new Set(input[field].flatMap((ref) => byRef.get(ref) ?? []))];
	};
	const lead = resolve('leadAgencies');
	const supporting = resolve('supportingAgencies').filter((id) => !lead.includes(id));
	return { lead, supporting };
}

/** Refuses a save whose fields cannot be right, naming every wrong field; changes nothing. */
async function validateProject(
	tx: Tx,
	context: ChangeContext,
	input: ProjectInput,
	existing: ProjectRow | null
): Promise<{ lead: string[]; supporting: string[] }> {
	const projectId = existing?.id ?? null;
	const fields: FieldErrors = {};
	const chosen = await resolveAgencies(tx, input, fields);
	if (input.partnerIds.length) {
		const known = await partnersAmong(tx, input.partnerIds);
		if (known.length < new Set(input.partnerIds).size) {
			fields.partnerIds = { key: 'validation.unknownPartner' };
		}
	}
	const unmatched = existing?.unmatchedPartnerNames ?? [];
	if (input.unmatchedPartnerNames?.some((name) => !unmatched.includes(name))) {
		fields.unmatchedPartnerNames = { key: 'validation.unmatchedPartnerNamesOnlyCleared' };
	}
	const reach = projectDateReach(input.fiscalYear);
	for (const field of ['startDate', 'endDate'] as const) {
		const date = input[field];
		if (date && (date < reach.from || date > reach.to)) {
			fields[field] = {
				key: 'validation.projectDateOutsideReach',
				params: { ...reach, fiscalYear: input.fiscalYear }
			};
		}
	}
	if (input.startDate && input.endDate && input.endDate < input.startDate && !fields.endDate) {
		fields.endDate = { key: 'validation.endBeforeStart' };
	}
	if (input.alignment.length) {
		const elementIds = input.alignment.map((link) => link.elementId);
		const known = await planElementsAmong(tx, elementIds);
		const kpiIds = input.alignment.flatMap((link) => (link.kpiId ? [link.kpiId] : []));
		const kpiRows = kpiIds.length ? await kpisAmong(tx, kpiIds) : [];
		const fits = input.alignment.every(
			(link) =>
				known.some((row) => row.id === link.elementId) &&
				(!link.kpiId ||
					kpiRows.some((row) => row.id === link.kpiId && row.elementId === link.elementId))
		);
		if (!fits) fields.alignment = { key: 'validation.unknownPlanElement' };
	}
	if (
		!fields.leadAgencies &&
		!fields.supportingAgencies &&
		!actsForAgency(context.actor, { agencyIds: [...chosen.lead, ...chosen.supporting] })
	) {
		fields.leadAgencies = { key: 'validation.reporterKeepsAgency' };
	}
	if (Object.keys(fields).length) throw new AppError('validation_failed', { fields });
	await refuseTakenCode(tx, input.code, projectId);
	return chosen;
}

/** Refuses a project code another project has, naming that project. */
async function refuseTakenCode(executor: Executor, code: string | null, projectId: string | null) {
	if (!code) return;
	const taken = await projectWithCode(executor, code, projectId);
	if (taken) {
		throw duplicateOf('code', 'validation.projectCodeTaken', {
			id: taken.id,
			label: `${code} ${taken.titleTh}`,
			href: `/projects/${taken.id}`
		});
	}
}

function rowValues(input: ProjectInput) {
	return {
		code: input.code || null,
		titleTh: input.titleTh,
		titleEn: input.titleEn || null,
		fiscalYear: input.fiscalYear,
		startDate: input.startDate,
		endDate: input.endDate,
		budgetReceived: input.budgetReceived,
		budgetSpent: input.budgetSpent,
		responsibleUnitText: input.responsibleUnitText || null,
		responsiblePerson: input.responsiblePerson || null,
		responsiblePhone: input.responsiblePhone || null,
		coordinator: input.coordinator || null,
		coordinatorRole: input.coordinatorRole || null,
		rationaleTh: input.rationaleTh || null,
		objectives: input.objectives,
		targetsTh: input.targetsTh || null,
		themes: input.themes,
		status: input.status,
		isNew: input.isNew
	};
}

/** Indexes a project and its reports, whose titles and visibility follow from the project. */
async function indexProject(tx: Tx, projectId: string) {
	await indexDocument(tx, 'project', projectId);
	const reports = await projectReportIds(tx, projectId);
	for (const report of reports) await indexDocument(tx, 'progress_report', report.id);
}

/** The IAO registers a project with every field of the form; audited. */
export async function createProject(
	db: Db,
	context: ChangeContext,
	input: ProjectInput
): Promise<ProjectRow> {
	authorize(context.actor, 'project.create');
	return refuseDuplicates(
		() =>
			db.transaction(async (tx) => {
				const chosen = await validateProject(tx, context, input, null);
				const values = rowValues(input);
				const created = await insertProject(tx, values);
				if (!created) throw new AppError('internal', { detail: 'project insert returned nothing' });
				await replaceProjectLinks(tx, created.id, chosen, input);
				await indexProject(tx, created.id);
				await refreshLastActivity(tx, input.partnerIds);
				await recordAudit(tx, context, {
					action: 'create',
					entityType: 'project',
					entityId: created.id,
					after: await auditedProject(tx, created)
				});
				return created;
			}),
		() => refuseTakenCode(db, input.code, null)
	);
}

/**
 * Changes a project at the version its editor loaded. A save on an older version is refused with
 * the fields others changed since, and changes nothing. Reporters edit their agencies' projects.
 */
export async function updateProject(
	db: Db,
	context: ChangeContext,
	projectId: string,
	input: ProjectInput
): Promise<ProjectRow> {
	authorize(context.actor, 'project.edit');
	return refuseDuplicates(
		() =>
			db.transaction(async (tx) => {
				const existing = await lockProject(tx, projectId);
				if (!existing) throw new AppError('not_found');
				if (!actsForAgency(context.actor, { agencyIds: await projectAgencyIds(tx, projectId) })) {
					throw new AppError('forbidden');
				}
				await requireVersion(tx, 'project', projectId, input.version, existing.version);
				const chosen = await validateProject(tx, context, input, existing);
				const before = await auditedProject(tx, existing);
				const values = rowValues(input);
				const updated = await setProjectFields(tx, projectId, {
					...values,
					unmatchedPartnerNames: input.unmatchedPartnerNames ?? existing.unmatchedPartnerNames,
					version: existing.version + 1
				});
				if (!updated) throw new AppError('internal', { detail: 'project update returned nothing' });
				await replaceProjectLinks(tx, projectId, chosen, input);
				await indexProject(tx, projectId);
				await refreshLastActivity(tx, [...before.partnerIds, ...input.partnerIds]);
				await recordAudit(tx, context, {
					action: 'update',
					entityType: 'project',
					entityId: projectId,
					before,
					after: await auditedProject(tx, updated)
				});
				return updated;
			}),
		() => refuseTakenCode(db, input.code, projectId)
	);
}
