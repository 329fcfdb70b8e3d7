import type { z } from 'zod';
import { presentAttachment } from '../platform/index.ts';
import type {
	AlignmentRow,
	ElementNode,
	kpiDetail,
	listPlans,
	PlanRow,
	ResultRow
} from './repository.ts';
import type {
	alignmentSchema,
	kpiResultSchema,
	kpiSchema,
	listedPlanSchema,
	planElementSchema,
	planSchema,
	planSummarySchema
} from './responses.ts';

function presentPlanSummary(plan: PlanRow): z.input<typeof planSummarySchema> {
	return {
		id: plan.id,
		code: plan.code,
		level: plan.level,
		titleTh: plan.titleTh,
		titleEn: plan.titleEn,
		issuerTh: plan.issuerTh,
		issuerEn: plan.issuerEn,
		fiscalYearStart: plan.fiscalYearStart,
		fiscalYearEnd: plan.fiscalYearEnd,
		sourceDocument: plan.sourceDocument
	};
}

/** A plan as the plans list shows it: with how many elements and KPIs it holds. */
export function presentListedPlan(
	plan: Awaited<ReturnType<typeof listPlans>>[number]
): z.input<typeof listedPlanSchema> {
	return {
		...presentPlanSummary(plan),
		elementCount: plan.elementCount,
		kpiCount: plan.kpiCount
	};
}

function presentElement(element: ElementNode): z.input<typeof planElementSchema> {
	return {
		id: element.id,
		kind: element.kind,
		code: element.code,
		titleTh: element.titleTh,
		titleEn: element.titleEn,
		descriptionTh: element.descriptionTh,
		descriptionEn: element.descriptionEn,
		kpis: element.kpis,
		children: element.children.map(presentElement)
	};
}

export function presentPlan(plan: PlanRow, tree: ElementNode[]): z.input<typeof planSchema> {
	return {
		...presentPlanSummary(plan),
		swot: plan.swot,
		challenges: plan.challenges,
		elements: tree.map(presentElement)
	};
}

export function presentResult(result: ResultRow): z.input<typeof kpiResultSchema> {
	return {
		id: result.id,
		fiscalYear: result.fiscalYear,
		value: result.value,
		evidenceTh: result.evidenceTh,
		evidenceLinks: result.evidenceLinks,
		state: result.status,
		reviewComment: result.reviewComment,
		submittedAt: result.submittedAt?.toISOString() ?? null,
		reviewedAt: result.reviewedAt?.toISOString() ?? null,
		version: result.version
	};
}

export function presentKpi(
	detail: NonNullable<Awaited<ReturnType<typeof kpiDetail>>>
): z.input<typeof kpiSchema> {
	const { kpi, element, plan } = detail;
	return {
		id: kpi.id,
		code: kpi.code,
		kind: kpi.kind,
		titleTh: kpi.titleTh,
		titleEn: kpi.titleEn,
		unitTh: kpi.unitTh,
		unitEn: kpi.unitEn,
		direction: kpi.direction,
		notesTh: kpi.notesTh,
		notesEn: kpi.notesEn,
		plan: { id: plan.id, code: plan.code, titleTh: plan.titleTh, titleEn: plan.titleEn },
		element: { id: element.id, kind: element.kind, code: element.code, titleTh: element.titleTh },
		levels: detail.levels.map((level) => ({
			level: level.level,
			rubricTh: level.rubricTh,
			rubricEn: level.rubricEn
		})),
		targets: detail.targets.map((target) => ({
			fiscalYear: target.fiscalYear,
			value: target.value,
			note: target.noteTh,
			noteEn: target.noteEn
		})),
		agencies: detail.agencies.map((agency) => ({
			id: agency.id,
			code: agency.code,
			nameTh: agency.nameTh,
			nameEn: agency.nameEn,
			role: agency.role
		})),
		projects: detail.projects.map((project) => ({
			titleTh: project.titleTh,
			titleEn: project.titleEn,
			isNew: project.isNew
		})),
		results: detail.results.map((result) => ({
			...presentResult(result),
			status: result.kpiStatus,
			attachments: result.attachments.map(presentAttachment)
		}))
	};
}

export function presentAlignment(alignment: AlignmentRow): z.input<typeof alignmentSchema> {
	return {
		id: alignment.id,
		fromElementId: alignment.fromElementId,
		toElementId: alignment.toElementId,
		noteTh: alignment.noteTh,
		noteEn: alignment.noteEn
	};
}
