import { z } from 'zod';
import { commitmentScopes, commitmentStatuses, engagementKinds, outcomeKinds } from './kinds.ts';

const required = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.optional()
		.transform((value) => value || null);
const date = z.iso.date({ error: 'validation.date' });
const optionalDate = z
	.union([z.literal(''), date])
	.optional()
	.transform((value) => value || null);

/** What is to be done, by whom, with whom and by when. */
const commitmentFields = z.object({
	titleTh: required(500),
	titleEn: optionalText(500),
	descriptionTh: optionalText(5_000),
	scope: z.enum(commitmentScopes),
	/** The BMA agencies responsible: at least one. */
	agencyIds: z.array(z.uuid()).min(1, { error: 'validation.agencyRequired' }).max(30),
	partnerIds: z.array(z.uuid()).max(50).default([]),
	dueOn: optionalDate,
	status: z.enum(commitmentStatuses).default('open'),
	projectId: z.uuid().nullable().default(null)
});

export const commitmentInputSchema = commitmentFields.meta({ id: 'CommitmentInput' });
export type CommitmentInput = z.output<typeof commitmentInputSchema>;

/**
 * A commitment as changed after it was recorded, at the version the editor saw. Its status is not
 * part of it: it moves on by itself.
 */
export const commitmentChangeSchema = commitmentFields
	.omit({ status: true })
	.extend({ version: z.number().int().positive() })
	.meta({ id: 'CommitmentChange' });
export type CommitmentChange = z.output<typeof commitmentChangeSchema>;

/** What an engagement is: its details, who took part and what came out of it. */
const engagementFields = z.object({
	kind: z.enum(engagementKinds),
	titleTh: required(500),
	titleEn: optionalText(500),
	startsOn: date,
	endsOn: date,
	venue: optionalText(300),
	city: optionalText(200),
	countryCode: z
		.union([z.literal(''), z.string().regex(/^[A-Za-z]{2}$/, { error: 'validation.country' })])
		.optional()
		.transform((value) => (value ? value.toUpperCase() : null)),
	hostPartnerId: z.uuid().nullable().default(null),
	organisingAgencyId: z.uuid().nullable().default(null),
	themeTh: optionalText(500),
	topics: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
	summaryTh: optionalText(20_000),
	projectId: z.uuid().nullable().default(null),
	participants: z
		.array(
			z
				.object({
					partnerId: z.uuid().nullable().default(null),
					agencyId: z.uuid().nullable().default(null),
					headcount: z.number().int().min(1).max(100_000).nullable().default(null),
					presentationTh: optionalText(5_000)
				})
				.refine((p) => Boolean(p.partnerId) !== Boolean(p.agencyId), {
					error: 'validation.participant'
				})
		)
		.max(200)
		.default([]),
	outcomes: z
		.array(
			z.object({
				kind: z.enum(outcomeKinds),
				titleTh: required(500),
				titleEn: optionalText(500),
				descriptionTh: optionalText(5_000),
				agreementId: z.uuid().nullable().default(null)
			})
		)
		.max(50)
		.default([])
});

const endsAfterStart = (e: { startsOn: string; endsOn: string }) => e.startsOn <= e.endsOn;
const dateOrder = { error: 'validation.dateOrder', path: ['endsOn'] };

export const engagementInputSchema = engagementFields
	.extend({ commitments: z.array(commitmentInputSchema).max(50).default([]) })
	.refine(endsAfterStart, dateOrder)
	.meta({ id: 'EngagementInput' });
export type EngagementInput = z.output<typeof engagementInputSchema>;

/**
 * An engagement as changed after it was recorded, at the version the editor saw: its details,
 * participants and outcomes in full. Its commitments are not part of it: each keeps its own status
 * and version, and more are added on their own.
 */
export const engagementChangeSchema = engagementFields
	.extend({ version: z.number().int().positive() })
	.refine(endsAfterStart, dateOrder)
	.meta({ id: 'EngagementChange' });
export type EngagementChange = z.output<typeof engagementChangeSchema>;

export const commitmentStatusInputSchema = z
	.object({
		status: z.enum(commitmentStatuses),
		version: z.number().int().positive()
	})
	.meta({ id: 'CommitmentStatusInput' });
export type CommitmentStatusInput = z.output<typeof commitmentStatusInputSchema>;

export const committeeInputSchema = z
	.object({
		/** The BMA order that set it up, as the order writes it (e.g. 4271/2562). */
		orderNumber: required(50),
		orderDate: date,
		titleTh: required(500),
		mandateTh: required(5_000),
		/** The engagement whose results it carries forward, if any. */
		engagementId: z.uuid().nullable().default(null),
		/** Members as the order names them: an agency, a role, or both. */
		members: z
			.array(
				z
					.object({
						agencyId: z.uuid().nullable().default(null),
						roleTh: optionalText(300)
					})
					.refine((m) => Boolean(m.agencyId || m.roleTh), { error: 'validation.committeeMember' })
			)
			.max(100)
			.default([]),
		/** The version the change was made on: required to change a committee, unused to create one. */
		version: z.number().int().min(1).optional()
	})
	.meta({ id: 'CommitteeInput' });
export type CommitteeInput = z.output<typeof committeeInputSchema>;
