/** The kinds of alert, each from one rule of `rules.ts`; each has its words in the catalogs (`alertKind.*`). */
export const alertKinds = [
	'agreementReview',
	'agreementExpiry',
	'anniversary',
	'kpiAtRisk',
	'reportOverdue',
	'commitmentOverdue',
	'upcomingEngagement',
	'dormantPartner'
] as const;
export type AlertKind = (typeof alertKinds)[number];

/** What one item asks of the user. */
export const workActions = [
	'draft',
	'fix',
	'submit',
	'review',
	'acknowledge',
	'follow',
	'renew'
] as const;
export type WorkAction = (typeof workActions)[number];

/** The sections of my work, in the order the page shows them. */
export const workSections = ['report', 'review', 'circulars', 'commitments', 'agreements'] as const;
export type WorkSection = (typeof workSections)[number];
