import { z } from 'zod';
import {
	date,
	id,
	integer,
	list,
	multilineText,
	optionalCountryCode,
	optionalDate,
	optionalId,
	optionalMultilineText,
	optionalText,
	text,
	version
} from '../platform/index.ts';
import { commitmentScopes, commitmentStatuses, engagementKinds, outcomeKinds } from './kinds.ts';

/** What is to be done, by whom, with whom and by when. */
const commitmentFields = z.object({
	titleTh: text(500),
	titleEn: optionalText(500),
	descriptionTh: optionalMultilineText(5_000),
	scope: z.enum(commitmentScopes),
	/** The BMA agencies responsible: at least one. */
	agencyIds: list(id(), 30).min(1, { error: 'validation.agencyRequired' }),
	partnerIds: list(id(), 50).default([]),
	dueOn: optionalDate(),
	status: z.enum(commitmentStatuses).default('open'),
	projectId: optionalId()
});

export const commitmentInputSchema = commitmentFields.meta({ id: 'CommitmentInput' });
export type CommitmentInput = z.output<typeof commitmentInputSchema>;

/**
 * A commitment as changed after it was recorded, at the version the editor saw. Its status is not
 * part of it: it moves on by itself.
 */
export const commitmentChangeSchema = commitmentFields
	.omit({ status: true })
	.extend({ version: version() })
	.meta({ id: 'CommitmentChange' });
export type CommitmentChange = z.output<typeof commitmentChangeSchema>;

/** What an engagement is: its details, who took part and what came out of it. */
const engagementFields = z.object({
	kind: z.enum(engagementKinds),
	titleTh: text(500),
	titleEn: optionalText(500),
	startsOn: date(),
	endsOn: date(),
	venue: optionalText(300),
	city: optionalText(200),
	countryCode: optionalCountryCode(),
	hostPartnerId: optionalId(),
	organisingAgencyId: optionalId(),
	themeTh: optionalText(500),
	topics: list(text(500), 50).default([]),
	summaryTh: optionalMultilineText(20_000),
	projectId: optionalId(),
	participants: list(
		z
			.object({
				partnerId: optionalId(),
				agencyId: optionalId(),
				headcount: integer(1, 100_000).nullable().default(null),
				presentationTh: optionalMultilineText(5_000)
			})
			.refine((p) => Boolean(p.partnerId) !== Boolean(p.agencyId), {
				error: 'validation.participant'
			}),
		200
	).default([]),
	outcomes: list(
		z.object({
			kind: z.enum(outcomeKinds),
			titleTh: text(500),
			titleEn: optionalText(500),
			descriptionTh: optionalMultilineText(5_000),
			agreementId: optionalId()
		}),
		50
	).default([])
});

const endsAfterStart = (e: { startsOn: string; endsOn: string }) => e.startsOn <= e.endsOn;
const dateOrder = { error: 'validation.dateOrder', path: ['endsOn'] };

export const engagementInputSchema = engagementFields
	.extend({ commitments: list(commitmentInputSchema, 50).default([]) })
	.refine(endsAfterStart, dateOrder)
	.meta({ id: 'EngagementInput' });
export type EngagementInput = z.output<typeof engagementInputSchema>;

/**
 * An engagement as changed after it was recorded, at the version the editor saw: its details,
 * participants and outcomes in full. Its commitments are not part of it: each keeps its own status
 * and version, and more are added on their own.
 */
export const engagementChangeSchema = engagementFields
	.extend({ version: version() })
	.refine(endsAfterStart, dateOrder)
	.meta({ id: 'EngagementChange' });
export type EngagementChange = z.output<typeof engagementChangeSchema>;

export const commitmentStatusInputSchema = z
	.object({
		status: z.enum(commitmentStatuses),
		version: version()
	})
	.meta({ id: 'CommitmentStatusInput' });
export type CommitmentStatusInput = z.output<typeof commitmentStatusInputSchema>;

export const committeeInputSchema = z
	.object({
		/** The BMA order that set it up, as the order writes it (e.g. 4271/2562). */
		orderNumber: text(50),
		orderDate: date(),
		titleTh: text(500),
		mandateTh: multilineText(5_000),
		/** The engagement whose results it carries forward, if any. */
		engagementId: optionalId(),
		/** Members as the order names them: an agency, a role, or both. */
		members: list(
			z
				.object({
					agencyId: optionalId(),
					roleTh: optionalText(300)
				})
				.refine((m) => Boolean(m.agencyId || m.roleTh), { error: 'validation.committeeMember' }),
			100
		).default([]),
		/** The version the change was made on: required to change a committee, unused to create one. */
		version: version().optional()
	})
	.meta({ id: 'CommitteeInput' });
export type CommitteeInput = z.output<typeof committeeInputSchema>;

/** A committee as a BMA order sets it up, for the API's document. */
export const committeeExample = {
	orderNumber: '2001/2568',
	orderDate: '2025-09-01',
	titleTh: 'คณะทำงานติดตามความร่วมมือด้านคุณภาพอากาศ',
	mandateTh: 'ติดตามการแลกเปลี่ยนข้อมูลคุณภาพอากาศกับเมืองพันธมิตรและรายงานผลทุกไตรมาส',
	members: [
		{ agencyId: '6f1c2d3e-4b5a-4978-8a1b-2c3d4e5f6a7b', roleTh: 'เลขานุการ' },
		{ roleTh: 'ผู้อำนวยการสำนักสิ่งแวดล้อม' }
	]
} satisfies z.input<typeof committeeInputSchema>;
