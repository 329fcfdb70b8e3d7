import { z } from 'zod';
import { reviewSchema, transitionSchema } from '../platform/review-schemas.ts';

const fiscalYear = z.coerce.number().int().min(2500).max(2700);

export const kpiResultInputSchema = z
	.object({
		fiscalYear,
		value: z.number().nullable(),
		evidenceTh: z.string().trim().max(20_000).default(''),
		evidenceLinks: z
			.array(
				z.object({
					label: z.string().trim().min(1).max(300),
					url: z.url({ protocol: /^https?$/, error: 'validation.invalid' })
				})
			)
			.max(50)
			.default([]),
		version: z.number().int().positive().optional()
	})
	.meta({ id: 'KpiResultInput' });

export const kpiResultTransitionSchema = transitionSchema('KpiResultTransition');

export const kpiResultReviewSchema = reviewSchema('KpiResultReview');

export const alignmentInputSchema = z
	.object({
		fromElementId: z.uuid(),
		toElementId: z.uuid(),
		noteTh: z.string().trim().max(2_000).optional(),
		noteEn: z.string().trim().max(2_000).optional()
	})
	.meta({ id: 'AlignmentInput' });

export type KpiResultInput = z.output<typeof kpiResultInputSchema>;
export type KpiResultReview = z.output<typeof kpiResultReviewSchema>;
export type AlignmentInput = z.output<typeof alignmentInputSchema>;
