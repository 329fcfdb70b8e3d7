import { z } from 'zod';
import {
	commitmentScopes,
	commitmentStatuses,
	engagementInputSchema
} from '../engagements/index.ts';
import { agreementSchema, partnerSchema } from '../partners/index.ts';
import { projectStatuses } from '../projects/index.ts';

const partnerEngagementSchema = z
	.object({
		id: z.uuid(),
		code: z.string().nullable(),
		kind: engagementInputSchema.shape.kind,
		titleTh: z.string(),
		titleEn: z.string().nullable(),
		startsOn: z.iso.date(),
		endsOn: z.iso.date(),
		venue: z.string().nullable(),
		city: z.string().nullable(),
		countryCode: z.string().nullable()
	})
	.meta({ id: 'PartnerEngagement' });

const partnerProjectSchema = z
	.object({
		id: z.uuid(),
		code: z.string().nullable(),
		titleTh: z.string(),
		titleEn: z.string().nullable(),
		fiscalYear: z.number().int().meta({ description: 'Thai fiscal year in Buddhist Era' }),
		status: z.enum(projectStatuses)
	})
	.meta({ id: 'PartnerProject' });

const partnerCommitmentSchema = z
	.object({
		id: z.uuid(),
		engagement: z.object({ id: z.uuid(), titleTh: z.string(), titleEn: z.string().nullable() }),
		titleTh: z.string(),
		titleEn: z.string().nullable(),
		descriptionTh: z.string().nullable(),
		scope: z.enum(commitmentScopes),
		dueOn: z.iso.date().nullable(),
		status: z.enum(commitmentStatuses),
		projectId: z.uuid().nullable(),
		committeeId: z.uuid().nullable(),
		agencies: z.array(
			z.object({ id: z.uuid(), code: z.string(), nameTh: z.string(), nameEn: z.string() })
		),
		partners: z.array(z.object({ id: z.uuid(), nameTh: z.string(), nameEn: z.string() })),
		version: z.number().int()
	})
	.meta({ id: 'PartnerCommitment' });

/**
 * What the office holds with one partner, as the API gives it: the partner, its agreements, its
 * engagements (newest first), the projects naming it and the open commitments involving it.
 */
export const partnerDossierSchema = partnerSchema
	.extend({
		agreements: z.array(agreementSchema),
		engagements: z.array(partnerEngagementSchema),
		projects: z.array(partnerProjectSchema),
		openCommitments: z.array(partnerCommitmentSchema)
	})
	.meta({ id: 'PartnerDossier' });
