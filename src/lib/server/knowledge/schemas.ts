import { z } from 'zod';
import { adoptions } from './schema.ts';
import { measureCategories, practiceLanguages, regions, sourceKinds } from './builtin-schema.ts';

const line = z.string().trim().min(1).max(500);
const optionalLine = z
	.string()
	.trim()
	.max(500)
	.optional()
	.transform((value) => value || null);
const text = z.string().trim().min(1).max(20000);
const isoDate = z.iso.date({ error: 'validation.date' });

/** One item a line: the form's textarea of actions, themes or numbers. */
export const linesOf = (value: string) =>
	value
		.split('\n')
		.map((item) => item.trim())
		.filter(Boolean);

export const practiceCreateSchema = z
	.object({
		sourceKind: z.enum(sourceKinds),
		sourceName: line,
		sourceNameEn: optionalLine,
		/** The partner in Saphan the practice comes from, if it is one. */
		partnerId: z.uuid().nullable().default(null),
		country: optionalLine,
		region: z.enum(regions).nullable().default(null),
		titleTh: line,
		titleEn: optionalLine,
		summaryTh: text,
		actions: z.array(line).min(1, { error: 'validation.actionsRequired' }),
		measureText: optionalLine,
		measureCategories: z.array(z.enum(measureCategories)).default([]),
		themes: z.array(line).default([]),
		sdgs: z.array(z.coerce.number().int().min(1).max(17)).default([]),
		asOf: isoDate.nullable().default(null),
		sourceDocument: optionalLine,
		language: z.enum(practiceLanguages).default('th')
	})
	.meta({ id: 'PracticeCreate' });
export type PracticeInput = z.output<typeof practiceCreateSchema>;

/** A change to a practice, at the version its editor loaded. */
export const practiceUpdateSchema = practiceCreateSchema
	.extend({ version: z.coerce.number().int().positive() })
	.meta({ id: 'PracticeUpdate' });
export type PracticeUpdate = z.output<typeof practiceUpdateSchema>;

export const circularSendSchema = z
	.object({
		documentNumber: line,
		issuedOn: isoDate,
		subject: line,
		fromText: line,
		toText: line,
		body: text,
		signedBy: optionalLine,
		signedPosition: optionalLine,
		practiceIds: z.array(z.uuid()).min(1, { error: 'validation.practicesRequired' }),
		recipientAgencyIds: z.array(z.uuid()).min(1, { error: 'validation.recipientsRequired' })
	})
	.meta({ id: 'CircularSend' });
export type CircularInput = z.output<typeof circularSendSchema>;

export const adoptionSchema = z
	.object({
		adoption: z.enum(adoptions),
		adoptionNote: optionalLine,
		projectId: z
			.union([z.literal(''), z.uuid()])
			.optional()
			.transform((value) => value || null)
	})
	.meta({ id: 'Adoption' });
export type AdoptionInput = z.output<typeof adoptionSchema>;

/** The recipient agency an acknowledgement or adoption is recorded for. */
export const acknowledgementSchema = z
	.object({ agencyId: z.uuid() })
	.meta({ id: 'Acknowledgement' });

export const adoptionRecordSchema = adoptionSchema
	.extend(acknowledgementSchema.shape)
	.meta({ id: 'AdoptionRecord' });

export const practiceFilterSchema = z.object({
	/** Words the title, summary, source or actions hold. */
	q: z.string().trim().max(200).optional(),
	category: z.enum(measureCategories).optional(),
	sourceKind: z.enum(sourceKinds).optional(),
	region: z.enum(regions).optional(),
	sdg: z.coerce.number().int().min(1).max(17).optional()
});
export type PracticeFilter = z.output<typeof practiceFilterSchema>;
