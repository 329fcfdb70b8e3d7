import { z } from 'zod';
import {
	date,
	id,
	integerParam,
	list,
	multilineText,
	optionalDate,
	optionalId,
	optionalText,
	queryText,
	text,
	version
} from '../platform/index.ts';
import { adoptions } from './kinds.ts';
import { measureCategories, practiceLanguages, regions, sourceKinds } from './builtin-schema.ts';

const line = text();
const optionalLine = optionalText();

export const practiceCreateSchema = z
	.object({
		sourceKind: z.enum(sourceKinds),
		sourceName: line,
		sourceNameEn: optionalLine,
		/** The partner in Saphan the practice comes from, if it is one. */
		partnerId: optionalId(),
		country: optionalLine,
		region: z.enum(regions).nullable().default(null),
		titleTh: line,
		titleEn: optionalLine,
		summaryTh: multilineText(),
		actions: list(line).min(1, { error: 'validation.actionsRequired' }),
		measureText: optionalLine,
		measureCategories: list(z.enum(measureCategories)).default([]),
		themes: list(line).default([]),
		sdgs: list(integerParam(1, 17)).default([]),
		asOf: optionalDate(),
		sourceDocument: optionalLine,
		language: z.enum(practiceLanguages).default('th')
	})
	.meta({ id: 'PracticeCreate' });
export type PracticeInput = z.output<typeof practiceCreateSchema>;

/** A change to a practice, at the version its editor loaded. */
export const practiceUpdateSchema = practiceCreateSchema
	.extend({ version: version() })
	.meta({ id: 'PracticeUpdate' });
export type PracticeUpdate = z.output<typeof practiceUpdateSchema>;

export const circularSendSchema = z
	.object({
		documentNumber: line,
		issuedOn: date(),
		subject: line,
		fromText: line,
		toText: line,
		body: multilineText(),
		signedBy: optionalLine,
		signedPosition: optionalLine,
		practiceIds: list(id()).min(1, { error: 'validation.practicesRequired' }),
		recipientAgencyIds: list(id()).min(1, { error: 'validation.recipientsRequired' })
	})
	.meta({ id: 'CircularSend' });
export type CircularInput = z.output<typeof circularSendSchema>;

export const adoptionSchema = z
	.object({
		adoption: z.enum(adoptions),
		adoptionNote: optionalLine,
		projectId: optionalId()
	})
	.meta({ id: 'Adoption' });
export type AdoptionInput = z.output<typeof adoptionSchema>;

/** The recipient agency an acknowledgement or adoption is recorded for. */
export const acknowledgementSchema = z.object({ agencyId: id() }).meta({ id: 'Acknowledgement' });

export const adoptionRecordSchema = adoptionSchema
	.extend(acknowledgementSchema.shape)
	.meta({ id: 'AdoptionRecord' });

export const practiceFilterSchema = z.object({
	/** Words the title, summary, source or actions hold. */
	q: queryText(200),
	category: z.enum(measureCategories).optional(),
	sourceKind: z.enum(sourceKinds).optional(),
	region: z.enum(regions).optional(),
	sdg: integerParam(1, 17).optional()
});
export type PracticeFilter = z.output<typeof practiceFilterSchema>;
