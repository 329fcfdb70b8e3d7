import { z } from 'zod';

/** Where a practice comes from, as the memo's three tables divide them. */
export const sourceKinds = ['city', 'country', 'international_organisation'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** The measure categories the memo names (seed 000, the มาตรการ column). */
export const measureCategories = [
	'smart_carbon_neutral_city',
	'green_city',
	'local_economy',
	'human_oriented_city',
	'inclusive_city',
	'resilient_city',
	'local_outbreak_management_plan',
	'economic_recovery',
	'employment',
	'social_protection'
] as const;
export type MeasureCategory = (typeof measureCategories)[number];

/** A cheap region facet: where the source sits. */
export const regions = [
	'east_asia',
	'southeast_asia',
	'middle_east',
	'europe',
	'north_america',
	'oceania',
	'global'
] as const;

export const practiceLanguages = ['th', 'en'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const builtinPracticeSchema = z.object({
	code: z.string().min(1),
	sourceKind: z.enum(sourceKinds),
	sourceName: z.string().min(1),
	sourceNameEn: z.string().min(1),
	country: z.string().min(1).nullable(),
	region: z.enum(regions),
	titleTh: z.string().min(1),
	titleEn: z.string().min(1).nullable().default(null),
	summaryTh: z.string().min(1),
	actions: z.array(z.string().min(1)).min(1),
	measureText: z.string().min(1),
	measureCategories: z.array(z.enum(measureCategories)).min(1),
	themes: z.array(z.string().min(1)).default([]),
	sdgs: z.array(z.number().int().min(1).max(17)).default([]),
	asOf: isoDate,
	sourceDocument: z.string().min(1),
	language: z.enum(practiceLanguages).default('th')
});
export type BuiltinPractice = z.output<typeof builtinPracticeSchema>;

export const minuteSchema = z.object({
	/** What the minute or stamp says, e.g. "เห็นชอบตามเสนอ" or "รับที่ ๑๕๓". */
	note: z.string().min(1),
	name: z.string().min(1).nullable().default(null),
	position: z.string().min(1).nullable().default(null),
	date: z.string().min(1).nullable().default(null)
});
export type Minute = z.output<typeof minuteSchema>;

export const builtinCircularSchema = z.object({
	code: z.string().min(1),
	documentNumber: z.string().min(1),
	issuedOn: isoDate,
	subject: z.string().min(1),
	fromText: z.string().min(1),
	toText: z.string().min(1),
	body: z.string().min(1),
	signedBy: z.string().min(1),
	signedPosition: z.string().min(1),
	minutes: z.array(minuteSchema).default([]),
	practices: z.array(z.string().min(1)).default([]),
	recipients: z.array(z.string().min(1)).default([])
});
export type BuiltinCircular = z.output<typeof builtinCircularSchema>;

export const builtinKnowledgeSchema = z.object({
	practices: z.array(builtinPracticeSchema),
	circulars: z.array(builtinCircularSchema)
});
export type BuiltinKnowledge = z.output<typeof builtinKnowledgeSchema>;
