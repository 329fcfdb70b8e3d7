import { z } from 'zod';

export const planLevels = ['national', 'city', 'agency'] as const;
export const elementKinds = [
	'vision',
	'mission',
	'strategy',
	'tactic',
	'strategic_goal',
	'milestone',
	'goal',
	'indicator_group',
	'sub_strategy',
	'dimension',
	'sub_dimension',
	'objective'
] as const;
export const kpiKinds = ['maturity', 'number', 'percentage', 'count'] as const;
export const kpiDirections = ['increase', 'decrease'] as const;
/** Whether a KPI's lead or supporting agencies, and a project's. */
export const agencyRoles = ['lead', 'supporting'] as const;

const text = z.string().trim().min(1);
const bilingual = z.strictObject({ th: text, en: text.optional() });
const agencyCodes = z.array(z.string().regex(/^[A-Z0-9-]+$/)).default([]);

const kpiSchema = z.strictObject({
	code: text,
	kind: z.enum(kpiKinds),
	titleTh: text,
	titleEn: text.optional(),
	unitTh: text.optional(),
	unitEn: text.optional(),
	direction: z.enum(kpiDirections).default('increase'),
	notesTh: text.optional(),
	notesEn: text.optional(),
	leadAgencies: agencyCodes,
	supportingAgencies: agencyCodes,
	/** Maturity ladders: one entry per level, 1..N, each with its rubric text. */
	levels: z
		.array(z.strictObject({ level: z.number().int().min(1), th: text, en: text.optional() }))
		.default([]),
	/** One per fiscal year of the plan (BE); `value` null where the plan gives no number. */
	targets: z
		.array(
			z.strictObject({
				fiscalYear: z.number().int().min(2500).max(2700),
				value: z.number().nullable(),
				noteTh: text.optional(),
				noteEn: text.optional()
			})
		)
		.default([]),
	/** The projects the plan lists under this KPI, until the projects module holds them. */
	projects: z
		.array(
			z.strictObject({
				titleTh: text,
				titleEn: text.optional(),
				isNew: z.boolean().default(false),
				leadAgencies: agencyCodes,
				supportingAgencies: agencyCodes
			})
		)
		.default([])
});

interface ElementFields {
	kind: (typeof elementKinds)[number];
	code: string;
	titleTh: string;
	titleEn?: string;
	descriptionTh?: string;
	descriptionEn?: string;
}
type ElementOutput = ElementFields & {
	kpis?: z.output<typeof kpiSchema>[];
	children?: ElementOutput[];
};
type ElementInput = ElementFields & {
	kpis?: z.input<typeof kpiSchema>[];
	children?: ElementInput[];
};

const elementSchema: z.ZodType<ElementOutput, ElementInput> = z.lazy(() =>
	z.strictObject({
		kind: z.enum(elementKinds),
		code: text,
		titleTh: text,
		titleEn: text.optional(),
		descriptionTh: text.optional(),
		descriptionEn: text.optional(),
		kpis: z.array(kpiSchema).optional(),
		children: z.array(elementSchema).optional()
	})
);

/** One plan file in data/builtin/plans/: a plan of any level as a tree of elements with KPIs. */
export const builtinPlanSchema = z.strictObject({
	code: z.string().regex(/^[A-Z0-9-]+$/),
	level: z.enum(planLevels),
	titleTh: text,
	titleEn: text,
	issuerTh: text,
	issuerEn: text,
	fiscalYearStart: z.number().int().min(2500).max(2700),
	fiscalYearEnd: z.number().int().min(2500).max(2700),
	sourceDocument: text,
	swot: z
		.strictObject({
			strengths: z.array(bilingual).default([]),
			weaknesses: z.array(bilingual).default([]),
			opportunities: z.array(bilingual).default([]),
			threats: z.array(bilingual).default([])
		})
		.optional(),
	challenges: z.array(bilingual).default([]),
	elements: z.array(elementSchema)
});

/** data/builtin/plan-alignments.yaml: links between elements of different plans. */
export const builtinAlignmentSchema = z.array(
	z.strictObject({
		from: z.strictObject({ plan: text, element: text }),
		to: z.strictObject({ plan: text, element: text }),
		noteTh: text.optional(),
		noteEn: text.optional()
	})
);

export type BuiltinPlan = z.output<typeof builtinPlanSchema>;
