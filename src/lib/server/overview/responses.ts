import { z } from 'zod';
import { regionGroups } from '../partners/index.ts';
import { projectStatuses } from '../projects/index.ts';

const isoDate = z.iso.date();
const fiscalYear = z.number().int().meta({ description: 'Thai fiscal year in Buddhist Era' });

const statusCountsSchema = z
	.object({
		met: z.number().int(),
		not_met: z.number().int(),
		pending: z.number().int(),
		not_reported: z.number().int()
	})
	.meta({ id: 'KpiStatusCounts', description: "KPIs by the plans module's status rule" });

const elementStatusSchema = z.object({
	id: z.uuid(),
	code: z.string(),
	titleTh: z.string(),
	titleEn: z.string().nullable(),
	current: statusCountsSchema,
	previous: statusCountsSchema
});

const budgetSchema = {
	projects: z.number().int(),
	budgetReceived: z.number(),
	budgetDisbursed: z.number()
};

const agencyLabel = { id: z.uuid(), code: z.string(), nameTh: z.string(), nameEn: z.string() };

const agreementDueSchema = z.object({
	id: z.uuid(),
	titleTh: z.string(),
	titleEn: z.string().nullable(),
	partnerId: z.uuid(),
	partnerNameTh: z.string(),
	partnerNameEn: z.string().nullable()
});

const commitmentDueSchema = z.object({
	id: z.uuid(),
	engagementId: z.uuid(),
	titleTh: z.string(),
	titleEn: z.string().nullable(),
	dueOn: isoDate,
	agencyCodes: z.array(z.string())
});

/** The executive view of a fiscal year, as the API gives it. */
export const overviewSchema = z
	.object({
		fiscalYear,
		asOf: isoDate,
		kpis: z.array(
			z.object({
				id: z.uuid(),
				code: z.string(),
				titleTh: z.string(),
				titleEn: z.string(),
				strategies: z.array(elementStatusSchema.extend({ tactics: z.array(elementStatusSchema) }))
			})
		),
		projects: z.object({
			byStatus: z.array(z.object({ status: z.enum(projectStatuses), ...budgetSchema })),
			byAgency: z.array(z.object({ ...agencyLabel, ...budgetSchema })),
			byStrategy: z.array(
				z.object({
					elementId: z.uuid(),
					code: z.string(),
					titleTh: z.string(),
					titleEn: z.string().nullable(),
					...budgetSchema
				})
			)
		}),
		overdueReports: z.object({
			projects: z.number().int(),
			reports: z.number().int(),
			byAgency: z.array(
				z.object({ ...agencyLabel, projects: z.number().int(), reports: z.number().int() })
			)
		}),
		partners: z.object({
			regions: z.array(z.object({ group: z.enum(regionGroups), partners: z.number().int() })),
			withCountry: z.number().int(),
			aseanShare: z.number().min(0).max(1),
			dormant: z.number().int()
		}),
		agreements: z.object({
			reviewUntil: isoDate,
			reviewDue: z.array(agreementDueSchema.extend({ on: isoDate })),
			anniversaries: z.array(agreementDueSchema.extend({ years: z.number().int() }))
		}),
		engagements: z.object({
			from: isoDate,
			to: isoDate,
			items: z.array(
				z.object({
					id: z.uuid(),
					titleTh: z.string(),
					titleEn: z.string().nullable(),
					startsOn: isoDate,
					endsOn: isoDate
				})
			)
		}),
		commitments: z.object({
			until: isoDate,
			overdue: z.array(commitmentDueSchema),
			due: z.array(commitmentDueSchema)
		})
	})
	.meta({ id: 'Overview' });
