import { z } from 'zod';
import {
	agreementFacts,
	agreementStatuses,
	agreementTypes,
	partnerFacts,
	partnerKinds,
	partnerStatuses
} from './kinds.ts';

const required = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.optional()
		.transform((value) => value || null);
const optionalDate = z
	.union([z.literal(''), z.iso.date({ error: 'validation.date' })])
	.optional()
	.transform((value) => value || null);

export const partnerInputSchema = z
	.object({
		kind: z.enum(partnerKinds),
		nameTh: required(300),
		nameEn: required(300),
		nameLocal: optionalText(300),
		/** ISO 3166-1 alpha-2; none for networks and international organisations. */
		countryCode: z
			.union([z.literal(''), z.string().regex(/^[A-Za-z]{2}$/, { error: 'validation.country' })])
			.optional()
			.transform((value) => (value ? value.toUpperCase() : null)),
		latitude: z.number().min(-90).max(90).nullable().default(null),
		longitude: z.number().min(-180).max(180).nullable().default(null),
		website: z
			.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'validation.url' })])
			.optional()
			.transform((value) => value || null),
		descriptionTh: optionalText(5_000),
		status: z.enum(partnerStatuses).default('active'),
		/** The facts still to confirm: left out, they stay as they are; an officer clears or sets them. */
		unverified: z.array(z.enum(partnerFacts)).max(partnerFacts.length).optional(),
		/** The version the change was made on: required to change a partner, unused to create one. */
		version: z.number().int().min(1).optional()
	})
	.meta({ id: 'PartnerInput' });
export type PartnerInput = z.output<typeof partnerInputSchema>;

export const agreementInputSchema = z
	.object({
		type: z.enum(agreementTypes),
		titleTh: required(500),
		titleEn: optionalText(500),
		/** Other partners party to it besides the one it is recorded on. */
		otherPartnerIds: z.array(z.uuid()).max(50).default([]),
		signedOn: optionalDate,
		reviewOn: optionalDate,
		expiresOn: optionalDate,
		fields: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
		status: z.enum(agreementStatuses).default('in_force'),
		noteTh: optionalText(5_000),
		/** The facts still to confirm: left out, they stay as they are; an officer clears or sets them. */
		unverified: z.array(z.enum(agreementFacts)).max(agreementFacts.length).optional(),
		/** The version the change was made on: required to change an agreement, unused to record one. */
		version: z.number().int().min(1).optional()
	})
	.refine((a) => !a.signedOn || !a.reviewOn || a.reviewOn >= a.signedOn, {
		error: 'validation.afterSigning',
		path: ['reviewOn']
	})
	.refine((a) => !a.signedOn || !a.expiresOn || a.expiresOn >= a.signedOn, {
		error: 'validation.afterSigning',
		path: ['expiresOn']
	})
	.meta({ id: 'AgreementInput' });
export type AgreementInput = z.output<typeof agreementInputSchema>;

/** A contact person: work details only, and why Saphan keeps them (PDPA purpose). */
export const contactInputSchema = z
	.object({
		name: required(200),
		position: optionalText(200),
		workEmail: z
			.union([z.literal(''), z.email({ error: 'validation.email' })])
			.optional()
			.transform((value) => value || null),
		workPhone: optionalText(50),
		purpose: required(500)
	})
	.meta({ id: 'PartnerContactInput' });
export type ContactInput = z.output<typeof contactInputSchema>;
