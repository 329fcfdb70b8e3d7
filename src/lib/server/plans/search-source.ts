import { both, lines, rowSource } from '../search/index.ts';
import { kpis, planElements, plans } from './schema.ts';

export const planSource = rowSource({
	type: 'plan',
	readAction: 'plan.read',
	table: plans,
	document: (row) => ({
		title: both(row.titleTh, row.titleEn),
		body: lines(row.code, row.issuerTh, row.issuerEn, row.sourceDocument),
		url: `/plans/${row.id}`
	})
});

export const planElementSource = rowSource({
	type: 'plan_element',
	readAction: 'plan.read',
	table: planElements,
	document: (row) => ({
		title: `${row.code} ${both(row.titleTh, row.titleEn)}`,
		body: lines(row.descriptionTh, row.descriptionEn),
		url: `/plans/elements/${row.id}`
	})
});

export const kpiSource = rowSource({
	type: 'kpi',
	readAction: 'plan.read',
	table: kpis,
	document: (row) => ({
		title: `${row.code} ${both(row.titleTh, row.titleEn)}`,
		body: lines(row.unitTh, row.unitEn, row.notesTh, row.notesEn),
		url: `/kpis/${row.id}`
	})
});
