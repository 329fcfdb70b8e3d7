import type { Executor } from '../db/index.ts';
import { type ElementNode, listPlans, planTree } from '../plans/index.ts';

/** How a plan link travels in the form: one checkbox value per element or KPI. */
export const alignmentValue = (link: { elementId: string; kpiId: string | null }) =>
	link.kpiId ? `${link.elementId}:${link.kpiId}` : link.elementId;

/** One checkbox of the plan alignment: an element, or one of its KPIs, at its depth in the tree. */
export interface AlignmentOption {
	value: string;
	kind: 'element' | 'kpi';
	depth: number;
	code: string;
	titleTh: string;
	titleEn: string | null;
}

function optionsOf(nodes: readonly ElementNode[], depth = 0): AlignmentOption[] {
	return nodes.flatMap((node) => [
		{
			value: alignmentValue({ elementId: node.id, kpiId: null }),
			kind: 'element' as const,
			depth,
			code: node.code,
			titleTh: node.titleTh,
			titleEn: node.titleEn
		},
		...node.kpis.map((kpi) => ({
			value: alignmentValue({ elementId: node.id, kpiId: kpi.id }),
			kind: 'kpi' as const,
			depth: depth + 1,
			code: kpi.code,
			titleTh: kpi.titleTh,
			titleEn: kpi.titleEn
		})),
		...optionsOf(node.children, depth + 1)
	]);
}

/** Every plan with its elements and KPIs in tree order: what a project may be aligned to. */
export async function alignmentChoices(executor: Executor) {
	const plans = await listPlans(executor);
	const choices = [];
	for (const plan of plans) {
		choices.push({
			id: plan.id,
			code: plan.code,
			titleTh: plan.titleTh,
			titleEn: plan.titleEn,
			options: optionsOf(await planTree(executor, plan.id))
		});
	}
	return choices;
}
