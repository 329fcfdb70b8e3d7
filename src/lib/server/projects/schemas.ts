import { z } from 'zod';
import {
	amount,
	date,
	id,
	integerParam,
	list,
	multilineText,
	optionalDate,
	optionalId,
	optionalMultilineText,
	optionalText,
	percentage,
	reviewSchema,
	text,
	transitionSchema,
	version
} from '../platform/index.ts';
import { projectStatuses } from './builtin-schema.ts';

/** A progress report as its reporter enters it: a new draft, or a change to a draft or returned one. */
export const progressReportInputSchema = z
	.object({
		/** The report to change; none for a new report, which takes the next sequence. */
		sequence: integerParam(1).optional(),
		reportedOn: date(),
		statusText: multilineText(20_000),
		percentDone: percentage(),
		budgetDisbursed: amount().default(0),
		onPlan: z.boolean().nullable().default(null),
		onTarget: z.boolean().nullable().default(null),
		/** What the report does to the project, e.g. a suspension or a cancellation. */
		projectStatus: z.enum(projectStatuses).nullable().default(null),
		reportedBy: optionalText(300).optional(),
		/** Why % done is below the previous approved report; required when it is. */
		decreaseReason: optionalMultilineText(5_000).optional(),
		version: version().optional()
	})
	.meta({ id: 'ProgressReportInput' });

export const progressReportTransitionSchema = transitionSchema('ProgressReportTransition');

export const progressReportReviewSchema = reviewSchema('ProgressReportReview');

/** A new report: it takes the project's next sequence; any sequence or version sent is left out. */
export const progressReportCreateSchema = progressReportInputSchema
	.omit({ sequence: true, version: true })
	.meta({ id: 'ProgressReportCreate' });

/** A change to a report its address names; any sequence sent is left out. */
export const progressReportChangeSchema = progressReportInputSchema
	.omit({ sequence: true })
	.meta({ id: 'ProgressReportChange' });

export type ProgressReportInput = z.output<typeof progressReportInputSchema>;
export type ProgressReportReview = z.output<typeof progressReportReviewSchema>;

const textList = list(text(2_000), 100).default([]);
/** An agency by its id or its code, as the register's filter takes it. */
const agencyRef = text(100);

/**
 * A project as its form or the API gives it: every field of the seed 002 form. The status is set
 * by hand until an approved report states another; `version` is the one the user loaded, required
 * to change a project.
 */
export const projectInputSchema = z
	.object({
		code: optionalText(40).pipe(
			z
				.string()
				.regex(/^[0-9A-Za-z-]*$/, { error: 'validation.projectCode' })
				.nullable()
		),
		titleTh: text(1_000),
		titleEn: optionalText(1_000),
		fiscalYear: z
			.number({ error: 'validation.number' })
			.int({ error: 'validation.fiscalYear' })
			.min(2500, { error: 'validation.fiscalYear' })
			.max(2700, { error: 'validation.fiscalYear' }),
		startDate: optionalDate(),
		endDate: optionalDate(),
		budgetReceived: amount().default(0),
		budgetSpent: amount().default(0),
		leadAgencies: list(agencyRef, 20).min(1, { error: 'validation.leadAgencyRequired' }),
		supportingAgencies: list(agencyRef, 100).default([]),
		responsibleUnitText: optionalText(1_000),
		responsiblePerson: optionalText(300),
		responsiblePhone: optionalText(50),
		coordinator: optionalText(300),
		coordinatorRole: optionalText(300),
		rationaleTh: optionalMultilineText(50_000),
		objectives: textList,
		targetsTh: optionalMultilineText(20_000),
		alignment: list(
			z.object({
				elementId: id(),
				kpiId: optionalId(),
				noteTh: optionalMultilineText(2_000)
			}),
			100
		).default([]),
		/** The partners the project works with. */
		partnerIds: list(id(), 100).default([]),
		/**
		 * What remains of the partners named but not found: omitted keeps them; a list keeps only
		 * those of them it names, so an officer clears them once linked.
		 */
		unmatchedPartnerNames: list(text(2_000), 100).optional(),
		themes: textList,
		status: z.enum(projectStatuses).default('planned'),
		isNew: z.boolean().default(false),
		version: version().optional()
	})
	.meta({ id: 'ProjectInput' });

/** A new project, which starts at version 1: any version sent is left out. */
export const projectCreateSchema = projectInputSchema
	.omit({ version: true })
	.meta({ id: 'ProjectCreate' });

/** A new project as the API document shows one: what the IAO enters to register it. */
export const projectExample = {
	code: '04160000-4120',
	titleTh: 'โครงการแลกเปลี่ยนเจ้าหน้าที่ด้านการบริหารจัดการน้ำกับเมืองพี่เมืองน้อง',
	titleEn: 'Staff exchange on water management with sister cities',
	fiscalYear: 2568,
	startDate: '2024-11-01',
	endDate: '2025-09-30',
	budgetReceived: 1_250_000,
	leadAgencies: ['IAO-CITY'],
	supportingAgencies: ['DRAINAGE'],
	responsiblePerson: 'นางสาวสมศรี ใจดี',
	responsiblePhone: '0 2224 1234',
	objectives: ['เพื่อแลกเปลี่ยนแนวปฏิบัติที่ดีด้านการระบายน้ำและการป้องกันน้ำท่วม'],
	targetsTh: 'เจ้าหน้าที่สำนักการระบายน้ำ 10 คน ศึกษาดูงาน 2 สัปดาห์',
	themes: ['การบริหารจัดการน้ำ'],
	status: 'planned',
	isNew: true
} satisfies z.input<typeof projectCreateSchema>;

export type ProjectInput = z.output<typeof projectInputSchema>;
