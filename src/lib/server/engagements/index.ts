/** The engagements module's entry: what other modules and the routes may use. */

export { builtinEngagementSchema } from './builtin-schema.ts';
export { liveCalendarFeed } from './calendar-feed-repository.ts';
export {
	calendarFeedAddress,
	createCalendarFeed,
	engagementsFeed,
	presentCalendarFeed,
	readCalendarFeed,
	revokeCalendarFeed
} from './calendar-feeds.ts';
export {
	type CommitmentFormValues,
	commitmentFormInput,
	commitmentFormValues,
	partnersOfEngagement
} from './commitment-form.ts';
export {
	type CommitteeFormValues,
	committeeFormValues,
	committeeFormValuesOf,
	onMemberRows,
	parseCommitteeForm,
	withBlankMembers
} from './committee-form.ts';
export { findCommittee, listCommittees } from './committee-repository.ts';
export {
	committeeFilterSchema,
	createCommittee,
	presentCommittee,
	presentCommittees,
	updateCommittee
} from './committees.ts';
export {
	type EngagementFormChoices,
	type EngagementFormValues,
	engagementFormChoices,
	engagementFormValues,
	engagementFormValuesOf,
	parseEngagementChangeForm,
	parseEngagementForm,
	rowGroups,
	withBlankRows
} from './engagement-form.ts';
export { calendarHeaders } from './ical.ts';
export { commitmentScopes, commitmentStatuses } from './kinds.ts';
export { loadBuiltinEngagements } from './load-builtin.ts';
export { isDue, isOverdue } from './overdue.ts';
export { commitmentProjectChange, projectChooser } from './project-chooser.ts';
export { presentationsAndOutcomes } from './presentations-repository.ts';
export { presentCommitment, presentEngagement, presentEngagementDetail } from './presenters.ts';
export {
	commitmentsDue,
	engagementActivity,
	engagementCalendarFilterSchema,
	engagementDetail,
	engagementFilterSchema,
	dueSql,
	engagementHeading,
	firstOpenCommitmentsByAgency,
	listEngagements,
	openCommitmentCounts,
	openCommitments,
	overdueSql,
	partnerEngagements,
	partnerOpenCommitments,
	projectCommitments
} from './repository.ts';
export {
	commitmentChangeSchema,
	commitmentInputSchema,
	commitmentStatusInputSchema,
	committeeExample,
	committeeInputSchema,
	engagementChangeSchema,
	engagementInputSchema
} from './schemas.ts';
export {
	calendarFeedSchema,
	commitmentSchema,
	committeeSchema,
	createdSchema,
	engagementDetailSchema,
	engagementSchema,
	issuedCalendarFeedSchema
} from './responses.ts';
export { commitmentSource, engagementSource, outcomeSource } from './search-source.ts';
export {
	addCommitment,
	createEngagement,
	movableBy,
	updateCommitment,
	updateCommitmentStatus,
	updateEngagement
} from './use-cases.ts';
