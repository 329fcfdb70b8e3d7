import type { z } from 'zod';
import type { listProjects, ProgressReportRow, projectDetail } from './repository.ts';
import type { listedProjectSchema, progressReportSchema, projectSchema } from './responses.ts';

type ListedProject = Awaited<ReturnType<typeof listProjects>>['items'][number];
type Detail = NonNullable<Awaited<ReturnType<typeof projectDetail>>>;

function presentProjectFields(project: Omit<ListedProject, 'leadAgencies' | 'latestReport'>) {
	return {
		id: project.id,
		code: project.code,
		titleTh: project.titleTh,
		titleEn: project.titleEn,
		fiscalYear: project.fiscalYear,
		startDate: project.startDate,
		endDate: project.endDate,
		budgetReceived: project.budgetReceived,
		budgetSpent: project.budgetSpent,
		status: project.status,
		isNew: project.isNew
	};
}

export function presentListedProject(project: ListedProject): z.input<typeof listedProjectSchema> {
	return {
		...presentProjectFields(project),
		leadAgencies: project.leadAgencies.map(({ projectId: _p, ...agency }) => agency),
		percentDone: project.latestReport?.percentDone ?? null,
		lastReportedOn: project.latestReport?.reportedOn ?? null
	};
}

/** What a project and a report itself show of a report. */
function presentReportFields(report: ProgressReportRow) {
	return {
		id: report.id,
		sequence: report.sequence,
		reportedOn: report.reportedOn,
		statusText: report.statusText,
		percentDone: report.percentDone,
		budgetDisbursed: report.budgetDisbursed,
		onPlan: report.onPlan,
		onTarget: report.onTarget,
		projectStatus: report.projectStatus,
		reportedBy: report.reportedBy,
		decreaseReason: report.decreaseReason,
		state: report.state,
		reviewComment: report.reviewComment,
		version: report.version
	};
}

export function presentProject(detail: Detail): z.input<typeof projectSchema> {
	const { project } = detail;
	const agencyIds = (role: Detail['agencies'][number]['role']) =>
		detail.agencies.filter((agency) => agency.role === role).map((agency) => agency.id);
	return {
		...presentProjectFields(project),
		responsibleUnitText: project.responsibleUnitText,
		responsiblePerson: project.responsiblePerson,
		responsiblePhone: project.responsiblePhone,
		coordinator: project.coordinator,
		coordinatorRole: project.coordinatorRole,
		rationaleTh: project.rationaleTh,
		objectives: project.objectives,
		targetsTh: project.targetsTh,
		partnerIds: detail.partners.map((partner) => partner.id),
		partners: detail.partners,
		unmatchedPartnerNames: project.unmatchedPartnerNames,
		themes: project.themes,
		version: project.version,
		leadAgencies: agencyIds('lead'),
		supportingAgencies: agencyIds('supporting'),
		agencies: detail.agencies,
		alignment: detail.alignment,
		reports: detail.reports.map((report) => ({
			...presentReportFields(report),
			cumulativeDisbursed: report.cumulativeDisbursed
		}))
	};
}

/** One progress report with where it is in its review. */
export function presentProgressReport(
	report: ProgressReportRow
): z.input<typeof progressReportSchema> {
	return {
		...presentReportFields(report),
		projectId: report.projectId,
		submittedAt: report.submittedAt?.toISOString() ?? null,
		reviewedAt: report.reviewedAt?.toISOString() ?? null
	};
}
