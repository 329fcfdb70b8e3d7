import { z } from 'zod';
import { alertKinds, workActions, workSections } from './kinds.ts';

export const alertSchema = z
	.object({
		key: z.string().meta({ description: 'Its kind and record: what a dismissal names' }),
		kind: z.enum(alertKinds),
		on: z.iso.date().meta({
			description:
				'The day it is about: the review, expiry, anniversary, latest report due date, fiscal year end, commitment due date, start, or last activity'
		}),
		titleTh: z.string(),
		titleEn: z.string().nullable(),
		path: z.string().meta({ description: "The record's page" }),
		agencyIds: z.array(z.uuid()),
		figure: z
			.number()
			.int()
			.nullable()
			.meta({ description: 'Anniversaries: the years; overdue reports: how many' })
	})
	.meta({ id: 'Alert' });

export const alertListSchema = z
	.object({
		today: z.iso.date(),
		within: z.number().int(),
		items: z.array(alertSchema)
	})
	.meta({ id: 'AlertList' });

export const alertDismissalSchema = z
	.object({ key: z.string(), on: z.iso.date() })
	.meta({ id: 'AlertDismissal' });

const workItemSchema = z
	.object({
		action: z.enum(workActions),
		record: z.enum(['progressReport', 'kpiResult', 'circular', 'commitment', 'agreement']),
		titleTh: z.string(),
		titleEn: z.string().nullable(),
		path: z.string(),
		dueOn: z.iso.date().nullable(),
		comment: z.string().nullable().meta({ description: "A returned item's reviewer comment" })
	})
	.meta({ id: 'WorkItem' });

export const myWorkSchema = z
	.object({
		today: z.iso.date(),
		total: z.number().int(),
		counts: z
			.object(
				Object.fromEntries(workSections.map((section) => [section, z.number().int()])) as Record<
					(typeof workSections)[number],
					z.ZodNumber
				>
			)
			.describe('How many wait in each section; the review section lists at most 50 of each kind'),
		sections: z.object(
			Object.fromEntries(
				workSections.map((section) => [section, z.array(workItemSchema)])
			) as Record<(typeof workSections)[number], z.ZodArray<typeof workItemSchema>>
		)
	})
	.meta({ id: 'MyWork' });
