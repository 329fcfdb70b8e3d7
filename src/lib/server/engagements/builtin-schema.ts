import { z } from 'zod';
import { commitmentScopes, commitmentStatuses, engagementKinds, outcomeKinds } from './kinds.ts';

const text = z.string().trim().min(1);
const code = z.string().regex(/^[A-Z0-9-]+$/);
const isoDate = z.iso.date();

const participantSchema = z
	.strictObject({
		partner: code.optional(),
		agency: code.optional(),
		headcount: z.number().int().min(1).optional(),
		presentationTh: text.optional()
	})
	.refine((p) => Boolean(p.partner) !== Boolean(p.agency), {
		message: 'a participant is a partner or an agency'
	});

/** One engagement of a file in data/builtin/engagements/, with what it produced. */
export const builtinEngagementSchema = z.array(
	z
		.strictObject({
			code,
			kind: z.enum(engagementKinds),
			titleTh: text,
			titleEn: text.optional(),
			startsOn: isoDate,
			endsOn: isoDate,
			venue: text.optional(),
			city: text.optional(),
			country: z
				.string()
				.regex(/^[A-Z]{2}$/)
				.optional(),
			host: code.nullable().optional(),
			organisingAgency: code.optional(),
			themeTh: text.optional(),
			topics: z.array(text).default([]),
			summaryTh: text.optional(),
			participants: z.array(participantSchema).default([]),
			outcomes: z
				.array(
					z.strictObject({
						kind: z.enum(outcomeKinds),
						titleTh: text,
						titleEn: text.optional(),
						descriptionTh: text.optional(),
						agreement: code.optional()
					})
				)
				.default([]),
			committees: z
				.array(
					z.strictObject({
						orderNumber: text,
						orderDate: isoDate,
						titleTh: text,
						mandateTh: text,
						members: z
							.array(z.strictObject({ agency: code.optional(), roleTh: text.optional() }))
							.default([])
					})
				)
				.default([]),
			commitments: z
				.array(
					z.strictObject({
						titleTh: text,
						titleEn: text.optional(),
						descriptionTh: text.optional(),
						scope: z.enum(commitmentScopes),
						partners: z.array(code).default([]),
						agencies: z.array(code).min(1),
						committee: text.optional(),
						dueOn: isoDate.optional(),
						status: z.enum(commitmentStatuses).default('open'),
						/** The project that carries it out, by its code in the city project system. */
						project: text.optional()
					})
				)
				.default([])
		})
		.refine((e) => e.startsOn <= e.endsOn, { message: 'endsOn is before startsOn' })
);
export type BuiltinEngagement = z.output<typeof builtinEngagementSchema>[number];
