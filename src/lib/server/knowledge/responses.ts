import { z } from 'zod';
import { attachmentSchema } from '../platform/index.ts';
import { adoptions } from './kinds.ts';
import { measureCategories, practiceLanguages, regions, sourceKinds } from './builtin-schema.ts';

/** Who made a practice or circular, its version, and when it was made and last changed. */
const recordKeeping = {
	createdBy: z.uuid().nullable(),
	version: z.number().int(),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime()
};

/** A practice as the API answers it: every field it was recorded with, its version and times. */
export const practiceSchema = z
	.object({
		id: z.uuid(),
		code: z
			.string()
			.nullable()
			.meta({ description: "The built-in data's key; null when recorded in Saphan" }),
		sourceKind: z.enum(sourceKinds),
		sourceName: z.string(),
		sourceNameEn: z.string().nullable(),
		partnerId: z.uuid().nullable(),
		country: z.string().nullable(),
		region: z.enum(regions).nullable(),
		titleTh: z.string(),
		titleEn: z.string().nullable(),
		summaryTh: z.string(),
		actions: z.array(z.string()),
		measureText: z.string().nullable(),
		measureCategories: z.array(z.enum(measureCategories)),
		themes: z.array(z.string()),
		sdgs: z.array(z.number().int().min(1).max(17)),
		asOf: z.iso.date().nullable(),
		sourceDocument: z.string().nullable(),
		language: z.enum(practiceLanguages),
		...recordKeeping
	})
	.meta({ id: 'Practice' });

/** A circular as lists and practices name it. */
const circularReferenceSchema = z
	.object({
		id: z.uuid(),
		documentNumber: z.string(),
		subject: z.string(),
		issuedOn: z.iso.date()
	})
	.meta({ id: 'CircularReference' });

export const practiceDetailSchema = practiceSchema
	.extend({
		partner: z
			.object({ id: z.uuid(), nameTh: z.string(), nameEn: z.string() })
			.nullable()
			.meta({ description: 'The partner in Saphan the practice comes from, if it is one' }),
		carriedBy: z
			.array(circularReferenceSchema)
			.meta({ description: 'The circulars that carried it, of those the caller may read' })
	})
	.meta({ id: 'PracticeDetail' });

/** A circular in the list: with how many agencies received it and how many acknowledged. */
export const circularSummarySchema = circularReferenceSchema
	.extend({
		recipients: z.number().int().min(0),
		acknowledged: z.number().int().min(0)
	})
	.meta({ id: 'CircularSummary' });

/** A routing stamp or approval minute written on a circular. */
const minuteSchema = z
	.object({
		note: z.string(),
		name: z.string().nullable(),
		position: z.string().nullable(),
		date: z.string().nullable()
	})
	.meta({ id: 'CircularMinute' });

export const circularSchema = z
	.object({
		id: z.uuid(),
		code: z
			.string()
			.nullable()
			.meta({ description: "The built-in data's key; null when sent in Saphan" }),
		documentNumber: z.string(),
		issuedOn: z.iso.date(),
		subject: z.string(),
		fromText: z.string(),
		toText: z.string(),
		body: z.string(),
		signedBy: z.string().nullable(),
		signedPosition: z.string().nullable(),
		minutes: z.array(minuteSchema),
		...recordKeeping
	})
	.meta({ id: 'Circular' });

export const circularDetailSchema = circularSchema
	.extend({
		practices: z.array(
			z
				.object({
					id: z.uuid(),
					titleTh: z.string(),
					titleEn: z.string().nullable(),
					sourceName: z.string()
				})
				.meta({ id: 'CarriedPractice' })
		),
		recipients: z.array(
			z
				.object({
					agencyId: z.uuid(),
					agencyNameTh: z.string(),
					agencyNameEn: z.string(),
					receivedAt: z.iso.datetime(),
					acknowledgedAt: z.iso.datetime().nullable(),
					adoption: z.enum(adoptions),
					adoptionNote: z.string().nullable(),
					adoptedAt: z.iso.datetime().nullable(),
					projectId: z.uuid().nullable(),
					projectTitleTh: z.string().nullable(),
					projectTitleEn: z.string().nullable()
				})
				.meta({ id: 'CircularRecipient' })
		),
		attachments: z.array(attachmentSchema)
	})
	.meta({ id: 'CircularDetail' });

/** One agency's copy of a circular: when it came, who acknowledged it, what the agency adopted. */
export const circularReceiptSchema = z
	.object({
		circularId: z.uuid(),
		agencyId: z.uuid(),
		receivedAt: z.iso.datetime(),
		acknowledgedAt: z.iso.datetime().nullable(),
		acknowledgedBy: z.uuid().nullable(),
		adoption: z.enum(adoptions),
		adoptionNote: z.string().nullable(),
		projectId: z.uuid().nullable(),
		adoptedAt: z.iso.datetime().nullable()
	})
	.meta({ id: 'CircularReceipt' });
