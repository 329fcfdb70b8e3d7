import { z } from 'zod';
import { partnerLabelSchema } from '../partners/index.ts';
import { agencyLabelSchema, reviewStates } from '../platform/index.ts';
import { projectStatuses } from './builtin-schema.ts';
import { alignedElementKinds, projectAgencyRoles } from './repository.ts';

/** The fields of a project both the register and the project's page show. */
const projectFields = z.object({
	id: z.uuid(),
	code: z.string().nullable(),
	titleTh: z.string(),
	titleEn: z.string().nullable(),
	fiscalYear: z.number().int(),
	startDate: z.iso.date().nullable(),
	endDate: z.iso.date().nullable(),
	budgetReceived: z.number(),
	budgetSpent: z.number(),
	status: z.enum(projectStatuses),
	isNew: z.boolean()
});

/** A project in the register, with its lead agencies and its latest approved report's figures. */
export const listedProjectSchema = projectFields
	.extend({
		leadAgencies: z.array(agencyLabelSchema),
		percentDone: z.number().nullable(),
		lastReportedOn: z.iso.date().nullable()
	})
	.meta({ id: 'ListedProject' });

/** The fields of a progress report both a project and the report itself show. */
const reportFields = z.object({
	id: z.uuid(),
	sequence: z.number().int(),
	reportedOn: z.iso.date(),
	statusText: z.string(),
	percentDone: z.number().nullable(),
	budgetDisbursed: z.number().nullable(),
	onPlan: z.boolean().nullable(),
	onTarget: z.boolean().nullable(),
	projectStatus: z.enum(projectStatuses).nullable(),
	reportedBy: z.string().nullable(),
	decreaseReason: z.string().nullable(),
	state: z.enum(reviewStates),
	reviewComment: z.string().nullable(),
	version: z.number().int()
});

/** One progress report with where it is in its review. */
export const progressReportSchema = reportFields
	.extend({
		projectId: z.uuid(),
		submittedAt: z.iso.datetime().nullable(),
		reviewedAt: z.iso.datetime().nullable()
	})
	.meta({ id: 'ProgressReport' });

/** A report as its project lists it, with the disbursement of the approved reports up to it. */
const projectReportSchema = reportFields
	.extend({ cumulativeDisbursed: z.number() })
	.meta({ id: 'ProjectReport' });

const projectAgencySchema = agencyLabelSchema
	.extend({ role: z.enum(projectAgencyRoles) })
	.meta({ id: 'ProjectAgency' });

/** A plan element (and optionally one of its KPIs) the project serves, with the plan it is in. */
const projectAlignmentSchema = z
	.object({
		elementId: z.uuid(),
		elementCode: z.string(),
		elementKind: z.enum(alignedElementKinds),
		elementTitleTh: z.string(),
		elementTitleEn: z.string().nullable(),
		kpiId: z.uuid().nullable(),
		kpiCode: z.string().nullable(),
		kpiTitleTh: z.string().nullable(),
		kpiTitleEn: z.string().nullable(),
		planId: z.uuid(),
		planCode: z.string(),
		planTitleTh: z.string(),
		planTitleEn: z.string(),
		noteTh: z.string().nullable()
	})
	.meta({ id: 'ProjectAlignment' });

/** A project with every field of the progress-report form, its links and its reports. */
export const projectSchema = projectFields
	.extend({
		responsibleUnitText: z.string().nullable(),
		responsiblePerson: z.string().nullable(),
		responsiblePhone: z.string().nullable(),
		coordinator: z.string().nullable(),
		coordinatorRole: z.string().nullable(),
		rationaleTh: z.string().nullable(),
		objectives: z.array(z.string()),
		targetsTh: z.string().nullable(),
		partnerIds: z
			.array(z.uuid())
			.meta({ description: 'The partners it names, as a PUT takes them' }),
		partners: z.array(partnerLabelSchema),
		unmatchedPartnerNames: z.array(z.string()),
		themes: z.array(z.string()),
		version: z.number().int(),
		leadAgencies: z
			.array(z.uuid())
			.meta({ description: 'The lead agencies, as a PUT takes them; `agencies` names them' }),
		supportingAgencies: z
			.array(z.uuid())
			.meta({ description: 'The supporting agencies, as a PUT takes them' }),
		agencies: z.array(projectAgencySchema),
		alignment: z.array(projectAlignmentSchema),
		reports: z.array(projectReportSchema)
	})
	.meta({ id: 'Project' });
