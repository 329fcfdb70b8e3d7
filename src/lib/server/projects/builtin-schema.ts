import { z } from 'zod';

export const projectStatuses = [
	'planned',
	'in_progress',
	'delayed',
	'suspended',
	'cancelled',
	'completed'
] as const;

const text = z.string().trim().min(1);
const isoDate = z.iso.date();
const agencyCode = z.string().regex(/^[A-Z0-9-]+$/);

/** One progress report as on the form of seed 002. */
const progressReportSchema = z.strictObject({
	sequence: z.number().int().min(1),
	reportedOn: isoDate,
	statusText: text,
	/** Null where the form leaves the figure or the mark blank. */
	percentDone: z.number().min(0).max(100).nullable(),
	budgetDisbursed: z.number().min(0).nullable().default(0),
	onPlan: z.boolean().nullable(),
	onTarget: z.boolean().nullable(),
	/** What the report does to the project: a suspension or cancellation shows on the project. */
	projectStatus: z.enum(projectStatuses).optional(),
	reportedBy: text.optional()
});

/** One project file in data/builtin/projects/: every field of the seed 002 form. */
export const builtinProjectSchema = z.strictObject({
	code: text,
	titleTh: text,
	titleEn: text.optional(),
	fiscalYear: z.number().int().min(2500).max(2700),
	startDate: isoDate.optional(),
	endDate: isoDate.optional(),
	budgetReceived: z.number().min(0).default(0),
	budgetSpent: z.number().min(0).default(0),
	leadAgency: agencyCode,
	supportingAgencies: z.array(agencyCode).default([]),
	/** The responsible unit as the form writes it, e.g. "สำนักปลัดกรุงเทพมหานคร / ส่วน… / ส่วน…". */
	responsibleUnitText: text.optional(),
	responsiblePerson: text.optional(),
	responsiblePhone: text.optional(),
	coordinator: text.optional(),
	coordinatorRole: text.optional(),
	rationaleTh: text.optional(),
	objectives: z.array(text).default([]),
	targetsTh: text.optional(),
	isNew: z.boolean().default(false),
	/** Plan alignment: elements (and optionally KPIs) of built-in plans, by plan and element code. */
	alignment: z
		.array(
			z.strictObject({
				plan: text,
				element: text.optional(),
				kpi: text.optional(),
				noteTh: text.optional()
			})
		)
		.default([]),
	partners: z.array(text).default([]),
	themes: z.array(text).default([]),
	reports: z.array(progressReportSchema).default([])
});

export type BuiltinProject = z.output<typeof builtinProjectSchema>;
