import type { TreeElement } from '#lib/components/ElementTree.svelte';
import { getApp } from '#lib/server/app.ts';
import { can, requirePage } from '#lib/server/platform/index.ts';
import { type ElementNode, planTree } from '#lib/server/plans/index.ts';
import { pagePlan, planHeading } from '../load-plan.ts';
import type { PageServerLoad } from './$types';

const treeElement = (node: ElementNode): TreeElement => ({
	id: node.id,
	kind: node.kind,
	code: node.code,
	titleTh: node.titleTh,
	titleEn: node.titleEn,
	descriptionTh: node.descriptionTh,
	descriptionEn: node.descriptionEn,
	kpis: node.kpis,
	children: node.children.map(treeElement)
});

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'plan.read');
	const plan = await pagePlan(event);
	const tree = await planTree(getApp().database.db, plan.id);
	return {
		plan: {
			...planHeading(plan),
			issuerTh: plan.issuerTh,
			issuerEn: plan.issuerEn,
			sourceDocument: plan.sourceDocument,
			swot: plan.swot,
			challenges: plan.challenges
		},
		elements: tree.map(treeElement),
		canReport: can(actor, 'kpiResult.report')
	};
};
