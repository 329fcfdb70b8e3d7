/** The fixed vocabularies of the engagements module: stored as text, named in the catalogs. */
export const engagementKinds = [
	'meeting',
	'summit',
	'senior_officials_meeting',
	'visit_in',
	'visit_out',
	'seminar',
	'training',
	'exhibition',
	'video_conference'
] as const;
export type EngagementKind = (typeof engagementKinds)[number];

export const outcomeKinds = [
	'declaration',
	'agreement',
	'joint_project',
	'decision',
	'recommendation'
] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

export const commitmentScopes = ['bilateral', 'multilateral'] as const;

export const commitmentStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];
/** The statuses the follow-up board shows. */
export const openCommitmentStatuses = ['open', 'in_progress'] as const satisfies CommitmentStatus[];
