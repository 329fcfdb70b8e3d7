import { z } from 'zod';
import { attachmentSchema, reviewStates } from '../platform/index.ts';
import {
	agencyRoles,
	elementKinds,
	kpiDirections,
	kpiKinds,
	planLevels
} from './builtin-schema.ts';
import { kpiStatuses } from './status.ts';

const bilingualItemSchema = z
	.object({ th: z.string(), en: z.string().optional() })
	.meta({ id: 'BilingualItem' });

/** What every answer about a plan starts with. */
export const planSummarySchema = z.object({
	id: z.uuid(),
	code: z.string(),
	level: z.enum(planLevels),
	titleTh: z.string(),
	titleEn: z.string(),
	issuerTh: z.string(),
	issuerEn: z.string(),
	fiscalYearStart: z.number().int(),
	fiscalYearEnd: z.number().int(),
	sourceDocument: z.string()
});

export const listedPlanSchema = planSummarySchema
	.extend({ elementCount: z.number().int().min(0), kpiCount: z.number().int().min(0) })
	.meta({ id: 'ListedPlan' });

/** A KPI as its element lists it. */
const elementKpiSchema = z
	.object({
		id: z.uuid(),
		code: z.string(),
		kind: z.enum(kpiKinds),
		titleTh: z.string(),
		titleEn: z.string().nullable()
	})
	.meta({ id: 'PlanElementKpi' });

export const planElementSchema = z
	.object({
		id: z.uuid(),
		kind: z.enum(elementKinds),
		code: z.string(),
		titleTh: z.string(),
		titleEn: z.string().nullable(),
		descriptionTh: z.string().nullable(),
		descriptionEn: z.string().nullable(),
		kpis: z.array(elementKpiSchema),
		get children(): z.ZodArray<typeof planElementSchema> {
			return z.array(planElementSchema);
		}
	})
	.meta({ id: 'PlanElement' });

export const planSchema = planSummarySchema
	.extend({
		swot: z
			.object({
				strengths: z.array(bilingualItemSchema),
				weaknesses: z.array(bilingualItemSchema),
				opportunities: z.array(bilingualItemSchema),
				threats: z.array(bilingualItemSchema)
			})
			.nullable(),
		challenges: z.array(bilingualItemSchema),
		elements: z.array(planElementSchema)
	})
	.meta({ id: 'Plan' });

export const kpiResultSchema = z
	.object({
		id: z.uuid(),
		fiscalYear: z.number().int(),
		value: z.number().nullable(),
		evidenceTh: z.string(),
		evidenceLinks: z.array(z.object({ label: z.string(), url: z.string() })),
		state: z.enum(reviewStates),
		reviewComment: z.string().nullable(),
		submittedAt: z.iso.datetime().nullable(),
		reviewedAt: z.iso.datetime().nullable(),
		version: z.number().int()
	})
	.meta({ id: 'KpiResult' });

export const kpiSchema = z
	.object({
		id: z.uuid(),
		code: z.string(),
		kind: z.enum(kpiKinds),
		titleTh: z.string(),
		titleEn: z.string().nullable(),
		unitTh: z.string().nullable(),
		unitEn: z.string().nullable(),
		direction: z.enum(kpiDirections),
		notesTh: z.string().nullable(),
		notesEn: z.string().nullable(),
		plan: z.object({
			id: z.uuid(),
			code: z.string(),
			titleTh: z.string(),
			titleEn: z.string()
		}),
		element: z.object({
			id: z.uuid(),
			kind: z.enum(elementKinds),
			code: z.string(),
			titleTh: z.string()
		}),
		levels: z.array(
			z.object({ level: z.number().int(), rubricTh: z.string(), rubricEn: z.string().nullable() })
		),
		targets: z.array(
			z.object({
				fiscalYear: z.number().int(),
				value: z.number().nullable(),
				note: z.string().nullable(),
				noteEn: z.string().nullable()
			})
		),
		agencies: z.array(
			z.object({
				id: z.uuid(),
				code: z.string(),
				nameTh: z.string(),
				nameEn: z.string(),
				role: z.enum(agencyRoles)
			})
		),
		projects: z.array(
			z.object({ titleTh: z.string(), titleEn: z.string().nullable(), isNew: z.boolean() })
		),
		results: z.array(
			kpiResultSchema
				.extend({ status: z.enum(kpiStatuses), attachments: z.array(attachmentSchema) })
				.meta({ id: 'KpiResultDetail' })
		)
	})
	.meta({ id: 'Kpi' });

export const alignmentSchema = z
	.object({
		id: z.uuid(),
		fromElementId: z.uuid(),
		toElementId: z.uuid(),
		noteTh: z.string().nullable(),
		noteEn: z.string().nullable()
	})
	.meta({ id: 'Alignment' });
