import { z } from 'zod';
import {
	agreementStatuses,
	agreementTypes,
	partnerKinds,
	partnerStatuses,
	regionGroups,
	verifiableFacts
} from './kinds.ts';

const text = z.string().trim().min(1);
const code = z.string().regex(/^[A-Z0-9-]+$/);
const unverified = z.array(z.enum(verifiableFacts)).default([]);

/** Codes listed once each: a file naming a code twice is refused. */
const uniqueCodes = <Item extends { code: string }>(list: Item[], context: z.RefinementCtx) => {
	const seen = new Set<string>();
	for (const [index, item] of list.entries()) {
		if (seen.has(item.code)) {
			context.addIssue({ code: 'custom', path: [index, 'code'], message: 'duplicate code' });
		}
		seen.add(item.code);
	}
};

export const builtinCountrySchema = z
	.array(
		z.strictObject({
			code: z.string().regex(/^[A-Z]{2}$/),
			nameTh: text,
			nameEn: text,
			region: text,
			group: z.enum(regionGroups)
		})
	)
	.superRefine(uniqueCodes);
export type BuiltinCountry = z.output<typeof builtinCountrySchema>[number];

export const builtinPartnerSchema = z
	.array(
		z.strictObject({
			code,
			kind: z.enum(partnerKinds),
			nameTh: text,
			nameEn: text,
			nameLocal: text.optional(),
			country: z
				.string()
				.regex(/^[A-Z]{2}$/)
				.optional(),
			lat: z.number().min(-90).max(90).optional(),
			lon: z.number().min(-180).max(180).optional(),
			website: z.url().optional(),
			descriptionTh: text.optional(),
			status: z.enum(partnerStatuses).default('active'),
			unverified
		})
	)
	.superRefine(uniqueCodes);
export type BuiltinPartner = z.output<typeof builtinPartnerSchema>[number];

export const builtinAgreementSchema = z
	.array(
		z
			.strictObject({
				code,
				type: z.enum(agreementTypes),
				parties: z.array(code).min(1),
				titleTh: text,
				titleEn: text.optional(),
				signedOn: z.iso.date().optional(),
				/** A signing known only to the year. */
				signedYear: z.number().int().min(1900).max(2200).optional(),
				reviewOn: z.iso.date().optional(),
				expiresOn: z.iso.date().optional(),
				fields: z.array(text).default([]),
				status: z.enum(agreementStatuses).default('in_force'),
				noteTh: text.optional(),
				unverified
			})
			.refine((agreement) => !(agreement.signedOn && agreement.signedYear), {
				message: 'give signedOn or signedYear, not both'
			})
	)
	.superRefine(uniqueCodes);
export type BuiltinAgreement = z.output<typeof builtinAgreementSchema>[number];
