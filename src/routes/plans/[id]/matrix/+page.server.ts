import { z } from 'zod';
import { groupBy } from '#lib/components/group-by.ts';
import { getApp } from '#lib/server/app.ts';
import { id, integerParam, requirePage, unsubmittedScope } from '#lib/server/platform/index.ts';
import {
	findNode,
	kpiIdsUnder,
	kpiMatrix,
	kpiStatuses,
	planTree
} from '#lib/server/plans/index.ts';
import { pagePlan, planHeading } from '../../load-plan.ts';
import type { PageServerLoad } from './$types';

/**
 * The KPIs a figure of the executive view counts: those in one status in a fiscal year
 * (`?fiscalYear=&status=`), optionally only under one element (`&element=`).
 */
const matrixFilterSchema = z.object({
	fiscalYear: integerParam(2500, 2700),
	status: z.enum(kpiStatuses),
	element: id().optional()
});

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'plan.read');
	const plan = await pagePlan(event);
	const { db } = getApp().database;
	const { fiscalYears, rows } = await kpiMatrix(db, plan, unsubmittedScope(actor));
	const parsed = matrixFilterSchema.safeParse(Object.fromEntries(event.url.searchParams));
	const filter = parsed.success ? parsed.data : null;
	const element = filter?.element ? findNode(await planTree(db, plan.id), filter.element) : null;
	const under = element ? new Set(kpiIdsUnder(element)) : null;
	const shown = filter
		? rows.filter(
				(row) =>
					(!under || under.has(row.id)) &&
					row.cells.find((cell) => cell.fiscalYear === filter.fiscalYear)?.status === filter.status
			)
		: rows;
	return {
		plan: planHeading(plan),
		fiscalYears,
		filter: filter && {
			fiscalYear: filter.fiscalYear,
			status: filter.status,
			element: element && { code: element.code, titleTh: element.titleTh, titleEn: element.titleEn }
		},
		groups: groupBy(shown, (row) => row.elementCode).map(({ key, first, items }) => ({
			code: key,
			titleTh: first.elementTitleTh,
			titleEn: first.elementTitleEn,
			rows: items
		})),
		kpiCount: shown.length
	};
};
