import { z } from 'zod';
import { projectStatuses } from '../builtin-schema.ts';
import { agencyLabelSchema } from '../../platform/index.ts';

/** Where a schedule stands: its version (0 while the year follows the default) and whether it is set. */
const scheduleState = {
	version: z.number().int(),
	saved: z.boolean().meta({ description: 'Whether the IAO set it; the default otherwise' })
};

const roundScheduleSchema = z
	.discriminatedUnion('cadence', [
		z.object({ cadence: z.literal('monthly'), dayOfMonth: z.number().int(), ...scheduleState }),
		z.object({ cadence: z.literal('dates'), dueDates: z.array(z.iso.date()), ...scheduleState })
	])
	.meta({ id: 'RoundSchedule' });

const reportRoundSchema = z
	.object({
		round: z.number().int(),
		dueDate: z.iso.date(),
		due: z.boolean().meta({ description: 'Whether it is due by the day the counts are taken on' })
	})
	.meta({ id: 'ReportRound' });

const roundCountsSchema = z
	.object({
		projects: z.number().int(),
		due: z.number().int().meta({ description: 'Reports due so far' }),
		submitted: z.number().int(),
		onTime: z.number().int(),
		late: z.number().int(),
		overdue: z.number().int().meta({ description: 'Reports due and not submitted' }),
		overdueProjects: z
			.number()
			.int()
			.meta({ description: 'Projects with at least one overdue report' })
	})
	.meta({ id: 'RoundCounts' });

/** A lead agency's counts; `agency` is null for the projects without a lead agency. */
const agencyRoundCountsSchema = roundCountsSchema
	.extend({ agency: agencyLabelSchema.nullable() })
	.meta({ id: 'AgencyRoundCounts' });

const overdueProjectSchema = z
	.object({
		id: z.uuid(),
		code: z.string().nullable(),
		titleTh: z.string(),
		titleEn: z.string().nullable(),
		status: z.enum(projectStatuses),
		due: z.number().int(),
		submitted: z.number().int(),
		onTime: z.number().int(),
		late: z.number().int(),
		overdue: z.number().int()
	})
	.meta({ id: 'OverdueProject' });

/** A fiscal year's rounds as of a day: the schedule, the due dates and the counts. */
export const roundStatusSchema = z
	.object({
		fiscalYear: z.number().int(),
		asOf: z.iso.date(),
		schedule: roundScheduleSchema,
		rounds: z.array(reportRoundSchema),
		roundsDue: z.number().int(),
		totals: roundCountsSchema,
		agencies: z.array(agencyRoundCountsSchema),
		overdue: z.array(overdueProjectSchema).meta({ description: 'The most overdue, at most 200' }),
		overdueTotal: z.number().int()
	})
	.meta({ id: 'RoundStatus' });
