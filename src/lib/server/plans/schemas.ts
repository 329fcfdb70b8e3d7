import { z } from 'zod';
import {
	fieldLimits,
	id,
	integerParam,
	list,
	optionalMultilineText,
	optionalText,
	reviewSchema,
	text,
	transitionSchema,
	version
} from '../platform/index.ts';

const fiscalYear = integerParam(2500, 2700);

export const kpiResultInputSchema = z.object({
	fiscalYear,
	/** A level, a count or a percentage: the KPI's ladder and kind bound it when saved. */
	value: z
		.number({ error: 'validation.number' })
		.min(-fieldLimits.amount, { error: 'validation.atLeast' })
		.max(fieldLimits.amount, { error: 'validation.atMost' })
		.nullable(),
	evidenceTh: optionalMultilineText(20_000).transform((value) => value ?? ''),
	evidenceLinks: list(
		z.object({
			label: text(300),
			url: optionalText(2_000).pipe(z.url({ protocol: /^https?$/, error: 'validation.invalid' }))
		}),
		50
	).default([]),
	version: version().optional()
});

/** What the API takes of a result: its KPI and fiscal year are in its address. */
export const kpiResultDraftSchema = kpiResultInputSchema
	.omit({ fiscalYear: true })
	.meta({ id: 'KpiResultInput' });

export const kpiResultTransitionSchema = transitionSchema('KpiResultTransition');

export const kpiResultReviewSchema = reviewSchema('KpiResultReview');

export const alignmentInputSchema = z
	.object({
		fromElementId: id(),
		toElementId: id(),
		noteTh: optionalMultilineText(2_000).optional(),
		noteEn: optionalMultilineText(2_000).optional()
	})
	.meta({ id: 'AlignmentInput' });

export type KpiResultInput = z.output<typeof kpiResultInputSchema>;
export type KpiResultReview = z.output<typeof kpiResultReviewSchema>;
export type AlignmentInput = z.output<typeof alignmentInputSchema>;
