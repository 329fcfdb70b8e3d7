import { z } from 'zod';
import { commitmentSchema, engagementSchema } from '../engagements/index.ts';
import { agreementSchema, partnerSchema } from '../partners/index.ts';
import { projectStatuses } from '../projects/index.ts';

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

/**
 * What the office holds with one partner, as the API gives it: the partner, its agreements, its
 * engagements (newest first), the projects naming it and the open commitments involving it.
 */
export const partnerDossierSchema = partnerSchema
	.extend({
		agreements: z.array(agreementSchema),
		engagements: z.array(engagementSchema),
		projects: z.array(partnerProjectSchema),
		openCommitments: z.array(commitmentSchema)
	})
	.meta({ id: 'PartnerDossier' });
