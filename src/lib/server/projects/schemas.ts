import { z } from 'zod';
import { reviewSchema, transitionSchema } from '../platform/review-schemas.ts';
import { projectStatuses } from './builtin-schema.ts';

/** A progress report as its reporter enters it: a new draft, or a change to a draft or returned one. */
export const progressReportInputSchema = z
	.object({
		/** The report to change; none for a new report, which takes the next sequence. */
		sequence: z.coerce.number().int().min(1).optional(),
		reportedOn: z.iso.date({ error: 'validation.date' }),
		statusText: z.string().trim().min(1).max(20_000),
		percentDone: z
			.number({ error: 'validation.number' })
			.min(0, { error: 'validation.percentage' })
			.max(100, { error: 'validation.percentage' }),
		budgetDisbursed: z
			.number({ error: 'validation.number' })
			.min(0, { error: 'validation.notNegative' })
			.default(0),
		onPlan: z.boolean().nullable().default(null),
		onTarget: z.boolean().nullable().default(null),
		/** What the report does to the project, e.g. a suspension or a cancellation. */
		projectStatus: z.enum(projectStatuses).nullable().default(null),
		reportedBy: z.string().trim().max(300).optional(),
		/** Why % done is below the previous approved report; required when it is. */
		decreaseReason: z.string().trim().max(5_000).optional(),
		version: z.number().int().positive().optional()
	})
	.meta({ id: 'ProgressReportInput' });

export const progressReportTransitionSchema = transitionSchema('ProgressReportTransition');

export const progressReportReviewSchema = reviewSchema('ProgressReportReview');

export type ProgressReportInput = z.output<typeof progressReportInputSchema>;
export type ProgressReportReview = z.output<typeof progressReportReviewSchema>;
