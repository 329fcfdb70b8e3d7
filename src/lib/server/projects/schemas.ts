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

const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
const textList = z.array(z.string().trim().min(1).max(2_000)).max(100).default([]);
const money = z
	.number({ error: 'validation.number' })
	.refine(Number.isFinite, { error: 'validation.number' })
	.min(0, { error: 'validation.notNegative' });
const isoDate = z.iso.date({ error: 'validation.date' }).nullable().default(null);
/** An agency by its id or its code, as the register's filter takes it. */
const agencyRef = z.string().trim().min(1).max(100);

/**
 * A project as its form or the API gives it: every field of the seed 002 form. The status is set
 * by hand until an approved report states another; `version` is the one the user loaded, required
 * to change a project.
 */
export const projectInputSchema = z
	.object({
		code: z
			.string()
			.trim()
			.max(40)
			.regex(/^[0-9A-Za-z-]*$/, { error: 'validation.projectCode' })
			.nullable()
			.default(null),
		titleTh: z.string().trim().min(1).max(1_000),
		titleEn: optionalText(1_000),
		fiscalYear: z
			.number({ error: 'validation.number' })
			.int({ error: 'validation.fiscalYear' })
			.min(2500, { error: 'validation.fiscalYear' })
			.max(2700, { error: 'validation.fiscalYear' }),
		startDate: isoDate,
		endDate: isoDate,
		budgetReceived: money.default(0),
		budgetSpent: money.default(0),
		leadAgencies: z.array(agencyRef).min(1, { error: 'validation.leadAgencyRequired' }).max(20),
		supportingAgencies: z.array(agencyRef).max(100).default([]),
		responsibleUnitText: optionalText(1_000),
		responsiblePerson: optionalText(300),
		responsiblePhone: optionalText(50),
		coordinator: optionalText(300),
		coordinatorRole: optionalText(300),
		rationaleTh: optionalText(50_000),
		objectives: textList,
		targetsTh: optionalText(20_000),
		alignment: z
			.array(
				z.object({
					elementId: z.uuid(),
					kpiId: z.uuid().nullable().default(null),
					noteTh: optionalText(2_000)
				})
			)
			.max(100)
			.default([]),
		partners: textList,
		themes: textList,
		status: z.enum(projectStatuses).default('planned'),
		isNew: z.boolean().default(false),
		version: z.number().int().positive().optional()
	})
	.meta({ id: 'ProjectInput' });

export type ProjectInput = z.output<typeof projectInputSchema>;
