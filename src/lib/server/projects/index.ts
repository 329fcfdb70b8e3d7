/** The projects module's entry: what other modules and the routes may use. */

export { builtinProjectSchema, projectStatuses } from './builtin-schema.ts';
export { progressReportsSheet, registerFileName, registerSheet } from './exports.ts';
export { loadBuiltinProject, loadProjectsListedInPlans } from './load-builtin.ts';
export { officialReportPdf } from './official-report-pdf.ts';
export {
	officialReport,
	officialReportOptions,
	officialReportQuerySchema
} from './official-report.ts';
export { presentListedProject, presentProgressReport, presentProject } from './presenters.ts';
export {
	progressReportReview,
	reviewProgressReport,
	saveProgressReport,
	submitProgressReport
} from './progress-reports.ts';
export {
	type ProjectFormChoices,
	type ProjectFormValues,
	parseProjectForm,
	projectFormChoices,
	projectFormValues,
	projectFormValuesOf
} from './project-form.ts';
export {
	type ProjectFilter,
	type ProjectRow,
	findProject,
	listProjects,
	partnerProjects,
	projectActivity,
	projectAgencyIds,
	projectChoices,
	projectDetail,
	projectFilterSchema,
	projectFiscalYears,
	projectSorts,
	projectsWithUnmatchedPartners
} from './repository.ts';
export { saveRoundSchedule } from './rounds/configure-schedule.ts';
export { presentRoundStatus } from './rounds/presenters.ts';
export { projectsBehind, roundStatus } from './rounds/round-status.ts';
export {
	roundFiscalYearSchema,
	roundScheduleInputSchema,
	roundStatusQuerySchema
} from './rounds/schemas.ts';
export { listedProjectSchema, progressReportSchema, projectSchema } from './responses.ts';
export { roundStatusSchema } from './rounds/responses.ts';
export { createProject, updateProject } from './save-project.ts';
export {
	type ProgressReportInput,
	progressReportChangeSchema,
	progressReportCreateSchema,
	progressReportInputSchema,
	progressReportReviewSchema,
	progressReportTransitionSchema,
	projectCreateSchema,
	projectExample,
	projectInputSchema
} from './schemas.ts';
export { progressReportSource, projectSource } from './search-source.ts';
export type { ProjectStatus } from './status.ts';
