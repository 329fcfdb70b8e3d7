import type { z } from 'zod';
import type { Tx } from '../db/index.ts';
import {
	agencyIdsByCode,
	applyBuiltin,
	byKey,
	type ChangeContext,
	fieldsOf
} from '../platform/index.ts';
import type { builtinAlignmentSchema, BuiltinPlan } from './builtin-schema.ts';
import {
	elementIdByCodes,
	findAlignmentBetween,
	findElementByCode,
	findKpiByCode,
	findPlanByCode,
	insertAlignment,
	insertElement,
	insertKpi,
	insertPlan,
	kpiAgencyRows,
	kpiLevelRows,
	kpiRow,
	kpiTargetRows,
	plannedProjectRows,
	replaceKpiChildren,
	setAlignmentNotes,
	setElementFields,
	setKpiFields,
	setPlanFields
} from './repository.ts';

type BuiltinElement = BuiltinPlan['elements'][number];
type BuiltinKpi = NonNullable<BuiltinElement['kpis']>[number];

const orNull = <T>(value: T | undefined) => value ?? null;

/** The agencies the plan's KPIs and their projects name, by code. */
function planAgencyIds(tx: Tx, plan: BuiltinPlan): Promise<Map<string, string>> {
	const codes = new Set<string>();
	const visit = (element: BuiltinElement) => {
		for (const kpi of element.kpis ?? []) {
			for (const code of [...kpi.leadAgencies, ...kpi.supportingAgencies]) codes.add(code);
			for (const project of kpi.projects) {
				for (const code of [...project.leadAgencies, ...project.supportingAgencies])
					codes.add(code);
			}
		}
		element.children?.forEach(visit);
	};
	plan.elements.forEach(visit);
	return agencyIdsByCode(tx, [...codes], `plan ${plan.code}`);
}

/** A KPI with everything under it, as stored and as compared with the file. */
/** KPI agencies have no order of their own: compared and written lead first, then by id. */
const agencyOrder = byKey(
	(agency: { agencyId: string; role: string }) => `${agency.role}${agency.agencyId}`
);

function kpiDefinition(kpi: BuiltinKpi, position: number, agencyId: (code: string) => string) {
	return {
		kind: kpi.kind,
		titleTh: kpi.titleTh,
		titleEn: orNull(kpi.titleEn),
		unitTh: orNull(kpi.unitTh),
		unitEn: orNull(kpi.unitEn),
		direction: kpi.direction,
		notesTh: orNull(kpi.notesTh),
		notesEn: orNull(kpi.notesEn),
		position,
		levels: kpi.levels.map((l) => ({ level: l.level, rubricTh: l.th, rubricEn: orNull(l.en) })),
		targets: kpi.targets.map((t) => ({
			fiscalYear: t.fiscalYear,
			value: t.value,
			noteTh: orNull(t.noteTh),
			noteEn: orNull(t.noteEn)
		})),
		agencies: [
			...kpi.leadAgencies.map((code) => ({ agencyId: agencyId(code), role: 'lead' as const })),
			...kpi.supportingAgencies.map((code) => ({
				agencyId: agencyId(code),
				role: 'supporting' as const
			}))
		].sort(agencyOrder),
		projects: kpi.projects.map((project, index) => ({
			position: index + 1,
			titleTh: project.titleTh,
			titleEn: orNull(project.titleEn),
			isNew: project.isNew,
			leadAgencyIds: project.leadAgencies.map(agencyId),
			supportingAgencyIds: project.supportingAgencies.map(agencyId)
		}))
	};
}
type KpiDefinition = ReturnType<typeof kpiDefinition>;

async function storedKpiDefinition(tx: Tx, kpiId: string): Promise<KpiDefinition | null> {
	const kpi = await kpiRow(tx, kpiId);
	if (!kpi) return null;
	const levels = await kpiLevelRows(tx, kpiId);
	const targets = await kpiTargetRows(tx, kpiId);
	const agencyRows = await kpiAgencyRows(tx, kpiId);
	const projects = await plannedProjectRows(tx, kpiId);

	return {
		kind: kpi.kind,
		titleTh: kpi.titleTh,
		titleEn: kpi.titleEn,
		unitTh: kpi.unitTh,
		unitEn: kpi.unitEn,
		direction: kpi.direction,
		notesTh: kpi.notesTh,
		notesEn: kpi.notesEn,
		position: kpi.position,
		levels: levels.map((l) => ({ level: l.level, rubricTh: l.rubricTh, rubricEn: l.rubricEn })),
		targets: targets.map((t) => ({
			fiscalYear: t.fiscalYear,
			value: t.value,
			noteTh: t.noteTh,
			noteEn: t.noteEn
		})),
		agencies: agencyRows
			.map((row) => ({ agencyId: row.agencyId, role: row.role }))
			.sort(agencyOrder),
		projects: projects.map((p) => ({
			position: p.position,
			titleTh: p.titleTh,
			titleEn: p.titleEn,
			isNew: p.isNew,
			leadAgencyIds: p.leadAgencyIds,
			supportingAgencyIds: p.supportingAgencyIds
		}))
	};
}

/**
 * Loads one plan file: the plan, its element tree and its KPIs with ladders, targets, agencies
 * and listed projects. Matched by codes; the file's corrections are written and audited where no
 * one changed the same field.
 */
export async function loadBuiltinPlan(tx: Tx, context: ChangeContext, plan: BuiltinPlan) {
	let changes = 0;
	const agencyIds = await planAgencyIds(tx, plan);
	const agencyId = (code: string) => agencyIds.get(code) ?? '';
	const planValues = {
		code: plan.code,
		level: plan.level,
		titleTh: plan.titleTh,
		titleEn: plan.titleEn,
		issuerTh: plan.issuerTh,
		issuerEn: plan.issuerEn,
		fiscalYearStart: plan.fiscalYearStart,
		fiscalYearEnd: plan.fiscalYearEnd,
		sourceDocument: plan.sourceDocument,
		swot: plan.swot ?? null,
		challenges: plan.challenges
	};
	const storedPlan = await findPlanByCode(tx, plan.code);
	const loadedPlan = await applyBuiltin(tx, context, {
		kind: 'plan',
		key: plan.code,
		label: plan.titleTh,
		file: planValues,
		stored: storedPlan ? { id: storedPlan.id, values: fieldsOf(planValues, storedPlan) } : null,
		insert: async () => {
			const created = await insertPlan(tx, planValues);
			if (!created) throw new Error(`could not insert plan ${plan.code}`);
			return created.id;
		},
		update: async (id, fields) => {
			await setPlanFields(tx, id, fields);
		}
	});
	if (loadedPlan.written) changes++;
	const planId = loadedPlan.id;

	const loadElement = async (
		element: BuiltinElement,
		parentId: string | null,
		position: number
	) => {
		const values = {
			planId,
			parentId,
			kind: element.kind,
			code: element.code,
			titleTh: element.titleTh,
			titleEn: orNull(element.titleEn),
			descriptionTh: orNull(element.descriptionTh),
			descriptionEn: orNull(element.descriptionEn),
			position
		};
		const row = await findElementByCode(tx, planId, element.code);
		const loadedElement = await applyBuiltin(tx, context, {
			kind: 'plan_element',
			key: `${plan.code}/${element.code}`,
			label: element.titleTh,
			file: values,
			stored: row ? { id: row.id, values: fieldsOf(values, row) } : null,
			insert: async () => {
				const created = await insertElement(tx, values);
				if (!created) throw new Error(`could not insert element ${element.code}`);
				return created.id;
			},
			update: async (id, fields) => {
				await setElementFields(tx, id, fields);
			}
		});
		if (loadedElement.written) changes++;
		const elementId = loadedElement.id;
		for (const [index, kpi] of (element.kpis ?? []).entries()) {
			const definition = { elementId, ...kpiDefinition(kpi, index + 1, agencyId) };
			const existing = await findKpiByCode(tx, planId, kpi.code);
			const stored = existing && {
				elementId: existing.elementId,
				...(await storedKpiDefinition(tx, existing.id))!
			};
			const loadedKpi = await applyBuiltin(tx, context, {
				kind: 'kpi',
				key: `${plan.code}/${kpi.code}`,
				label: kpi.titleTh,
				file: definition,
				stored: existing && stored ? { id: existing.id, values: stored } : null,
				insert: async () => {
					const { levels: _l, targets: _t, agencies: _a, projects: _p, ...fields } = definition;
					const created = await insertKpi(tx, { planId, code: kpi.code, ...fields });
					if (!created) throw new Error(`could not insert KPI ${kpi.code}`);
					await replaceKpiChildren(tx, created.id, definition);
					return created.id;
				},
				update: async (id, corrections) => {
					const next = { ...stored!, ...corrections };
					const { levels: _l, targets: _t, agencies: _a, projects: _p, ...fields } = next;
					await setKpiFields(tx, id, fields);
					await replaceKpiChildren(tx, id, next);
				}
			});
			if (loadedKpi.written) changes++;
		}
		for (const [index, child] of (element.children ?? []).entries()) {
			await loadElement(child, elementId, index + 1);
		}
	};
	for (const [index, element] of plan.elements.entries())
		await loadElement(element, null, index + 1);
	return changes;
}

/** Loads the alignments between elements of the built-in plans, keeping notes people changed. */
export async function loadBuiltinAlignments(
	tx: Tx,
	context: ChangeContext,
	alignments: z.output<typeof builtinAlignmentSchema>
) {
	let changes = 0;
	const elementId = async (ref: { plan: string; element: string }) => {
		const id = await elementIdByCodes(tx, ref.plan, ref.element);
		if (!id) throw new Error(`alignment names an unknown element ${ref.plan} ${ref.element}`);
		return id;
	};
	for (const alignment of alignments) {
		const pair = {
			fromElementId: await elementId(alignment.from),
			toElementId: await elementId(alignment.to)
		};
		const notes = { noteTh: orNull(alignment.noteTh), noteEn: orNull(alignment.noteEn) };
		const existing = await findAlignmentBetween(tx, pair.fromElementId, pair.toElementId);
		const { from, to } = alignment;
		const loaded = await applyBuiltin(tx, context, {
			kind: 'element_alignment',
			key: `${from.plan}/${from.element}>${to.plan}/${to.element}`,
			label: `${from.plan} ${from.element} → ${to.plan} ${to.element}`,
			file: notes,
			stored: existing
				? { id: existing.id, values: { noteTh: existing.noteTh, noteEn: existing.noteEn } }
				: null,
			insert: async () => {
				const created = await insertAlignment(tx, { ...pair, ...notes });
				if (!created) throw new Error(`could not insert alignment ${from.element}`);
				return created.id;
			},
			update: async (id, fields) => {
				await setAlignmentNotes(tx, id, fields);
			}
		});
		if (loaded.written) changes++;
	}
	return changes;
}
