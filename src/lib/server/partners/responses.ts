import { z } from 'zod';
import {
	agreementStatuses,
	agreementTypes,
	datePrecisions,
	partnerKinds,
	partnerStatuses,
	regionGroups,
	verifiableFacts
} from './kinds.ts';

/** The facts of a record still to confirm, shown flagged. */
const unverified = z.array(z.enum(verifiableFacts));

/** A partner named on a record: enough to show and link it. */
export const partnerLabelSchema = z
	.object({ id: z.uuid(), nameTh: z.string(), nameEn: z.string() })
	.meta({ id: 'PartnerLabel' });

export const countrySchema = z
	.object({
		code: z.string().meta({ description: 'ISO 3166-1 alpha-2' }),
		nameTh: z.string(),
		nameEn: z.string(),
		regionGroup: z.enum(regionGroups)
	})
	.meta({ id: 'Country' });

export const partnerSchema = z
	.object({
		id: z.uuid(),
		code: z.string().nullable().meta({ description: "The built-in data's key; none when entered" }),
		kind: z.enum(partnerKinds),
		nameTh: z.string(),
		nameEn: z.string(),
		nameLocal: z.string().nullable(),
		countryCode: z
			.string()
			.nullable()
			.meta({ description: 'ISO 3166-1 alpha-2, as a PUT takes it' }),
		country: countrySchema.nullable(),
		latitude: z.number().nullable(),
		longitude: z.number().nullable(),
		website: z.string().nullable(),
		descriptionTh: z.string().nullable(),
		status: z.enum(partnerStatuses),
		unverified,
		lastActivityOn: z.iso.date().nullable(),
		lastActivityPrecision: z.enum(datePrecisions),
		dormant: z.boolean().meta({
			description: 'No agreement, engagement or project within the configured number of years'
		}),
		version: z.number().int()
	})
	.meta({ id: 'Partner' });

export const agreementSchema = z
	.object({
		id: z.uuid(),
		code: z.string().nullable(),
		type: z.enum(agreementTypes),
		titleTh: z.string(),
		titleEn: z.string().nullable(),
		signedOn: z.iso.date().nullable(),
		signedPrecision: z.enum(datePrecisions).meta({
			description: '"year" when only the year of signing is known: show the year alone'
		}),
		reviewOn: z.iso.date().nullable(),
		expiresOn: z.iso.date().nullable(),
		fields: z.array(z.string()),
		status: z.enum(agreementStatuses),
		noteTh: z.string().nullable(),
		unverified,
		version: z.number().int()
	})
	.meta({ id: 'Agreement' });

export const partnerContactSchema = z
	.object({
		id: z.uuid(),
		name: z.string(),
		position: z.string().nullable(),
		workEmail: z.string().nullable(),
		workPhone: z.string().nullable(),
		purpose: z.string().meta({ description: 'Why Saphan keeps their details' })
	})
	.meta({ id: 'PartnerContact' });
