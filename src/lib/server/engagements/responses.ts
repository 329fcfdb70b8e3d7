import { z } from 'zod';
import { partnerLabelSchema } from '../partners/index.ts';
import { agencyLabelSchema } from '../platform/index.ts';
import { commitmentScopes, commitmentStatuses, engagementKinds, outcomeKinds } from './kinds.ts';

/** The engagement a commitment or committee came from. */
const engagementHeadingSchema = z
	.object({ id: z.uuid(), titleTh: z.string(), titleEn: z.string().nullable() })
	.meta({ id: 'EngagementHeading' });

/** The project a commitment leads to, as a link names it. */
const projectLabelSchema = z
	.object({
		id: z.uuid(),
		code: z.string().nullable(),
		titleTh: z.string(),
		titleEn: z.string().nullable()
	})
	.meta({ id: 'ProjectLabel' });

/** What a create answers when it gives only the new record's id. */
export const createdSchema = z.object({ id: z.uuid() }).meta({ id: 'Created' });

/** A committee as its BMA order sets it up: the order, the committee's name and mandate. */
const committeeOrderSchema = z.object({
	id: z.uuid(),
	orderNumber: z.string(),
	orderDate: z.iso.date(),
	titleTh: z.string(),
	mandateTh: z.string()
});

export const engagementSchema = z
	.object({
		id: z.uuid(),
		code: z.string().nullable(),
		kind: z.enum(engagementKinds),
		titleTh: z.string(),
		titleEn: z.string().nullable(),
		startsOn: z.iso.date(),
		endsOn: z.iso.date(),
		venue: z.string().nullable(),
		city: z.string().nullable(),
		countryCode: z.string().nullable()
	})
	.meta({ id: 'Engagement' });

export const commitmentSchema = z
	.object({
		id: z.uuid(),
		engagement: engagementHeadingSchema,
		titleTh: z.string(),
		titleEn: z.string().nullable(),
		descriptionTh: z.string().nullable(),
		scope: z.enum(commitmentScopes),
		dueOn: z.iso.date().nullable(),
		status: z.enum(commitmentStatuses),
		overdue: z.boolean().meta({
			description: 'Still open and due before today (Asia/Bangkok)'
		}),
		projectId: z.uuid().nullable(),
		project: projectLabelSchema.nullable(),
		committeeId: z.uuid().nullable(),
		agencyIds: z
			.array(z.uuid())
			.meta({ description: 'The responsible agencies, as a PUT takes them' }),
		agencies: z.array(agencyLabelSchema),
		partnerIds: z
			.array(z.uuid())
			.meta({ description: 'The partners involved, as a PUT takes them' }),
		partners: z.array(partnerLabelSchema),
		version: z.number().int()
	})
	.meta({ id: 'Commitment' });

export const engagementDetailSchema = engagementSchema
	.extend({
		hostPartnerId: z.uuid().nullable(),
		host: partnerLabelSchema.nullable(),
		organisingAgencyId: z.uuid().nullable(),
		organisingAgency: agencyLabelSchema.nullable(),
		themeTh: z.string().nullable(),
		topics: z.array(z.string()),
		summaryTh: z.string().nullable(),
		projectId: z.uuid().nullable(),
		project: z
			.object({ id: z.uuid(), code: z.string().nullable(), titleTh: z.string() })
			.nullable(),
		participants: z.array(
			z.object({
				partnerId: z.uuid().nullable(),
				agencyId: z.uuid().nullable(),
				partner: partnerLabelSchema.nullable(),
				agency: agencyLabelSchema.nullable(),
				headcount: z.number().int().nullable(),
				presentationTh: z.string().nullable()
			})
		),
		outcomes: z.array(
			z.object({
				kind: z.enum(outcomeKinds),
				titleTh: z.string(),
				titleEn: z.string().nullable(),
				descriptionTh: z.string().nullable(),
				agreementId: z.uuid().nullable(),
				agreement: z
					.object({ id: z.uuid(), titleTh: z.string(), titleEn: z.string().nullable() })
					.nullable()
			})
		),
		committees: z.array(
			committeeOrderSchema.extend({
				members: z.array(z.object({ agencyId: z.uuid().nullable(), roleTh: z.string().nullable() }))
			})
		),
		commitments: z.array(commitmentSchema),
		version: z.number().int()
	})
	.meta({ id: 'EngagementDetail' });

export const committeeSchema = committeeOrderSchema
	.extend({
		engagementId: z.uuid().nullable(),
		engagement: engagementHeadingSchema.nullable(),
		members: z.array(
			z.object({
				agencyId: z.uuid().nullable(),
				agency: agencyLabelSchema.nullable(),
				roleTh: z.string().nullable()
			})
		),
		commitments: z.number().int().min(0).meta({ description: 'How many commitments it oversees' }),
		version: z.number().int()
	})
	.meta({ id: 'Committee' });

/** A user's calendar subscription address, without its secret. */
export const calendarFeedSchema = z
	.object({
		id: z.uuid(),
		userId: z.uuid(),
		createdAt: z.iso.datetime(),
		lastReadAt: z.iso.datetime().nullable(),
		revokedAt: z.iso.datetime().nullable()
	})
	.meta({ id: 'CalendarFeed' });

/** A calendar subscription address just made: the address, with its secret, is in this answer only. */
export const issuedCalendarFeedSchema = z
	.object({
		address: z.url().meta({
			description: 'The iCalendar address a calendar app subscribes to, without a cookie or token'
		}),
		calendarFeed: calendarFeedSchema
	})
	.meta({ id: 'IssuedCalendarFeed' });
