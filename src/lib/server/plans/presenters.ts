import { presentAttachment } from '../platform/index.ts';
import type { ElementNode, kpiDetail, PlanRow, ResultRow } from './repository.ts';

export function presentPlanSummary(plan: PlanRow) {
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

type PresentedElement = {
	id: string;
	kind: ElementNode['kind'];
	code: string;
	titleTh: string;
	titleEn: string | null;
	descriptionTh: string | null;
	descriptionEn: string | null;
	kpis: { id: string; code: string; kind: string; titleTh: string; titleEn: string | null }[];
	children: PresentedElement[];
};

function presentElement(element: ElementNode): PresentedElement {
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

export function presentPlan(plan: PlanRow, tree: ElementNode[]) {
	return {
		...presentPlanSummary(plan),
		swot: plan.swot,
		challenges: plan.challenges,
		elements: tree.map(presentElement)
	};
}

export function presentResult(result: ResultRow) {
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

export function presentKpi(detail: NonNullable<Awaited<ReturnType<typeof kpiDetail>>>) {
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
