/** The fixed vocabularies of the partners module: stored as text, named in the catalogs. */
export const regionGroups = [
	'asean',
	'east_asia',
	'south_asia',
	'central_asia',
	'middle_east',
	'europe',
	'americas',
	'oceania',
	'africa'
] as const;
export type RegionGroup = (typeof regionGroups)[number];

export const partnerKinds = [
	'city',
	'province',
	'country',
	'international_organisation',
	'city_network',
	'embassy',
	'university',
	'company'
] as const;
export type PartnerKind = (typeof partnerKinds)[number];

export const partnerStatuses = ['active', 'dormant', 'prospective', 'ended'] as const;
export type PartnerStatus = (typeof partnerStatuses)[number];

export const agreementTypes = [
	'sister_city',
	'friendship_city',
	'mou',
	'letter_of_intent',
	'declaration',
	'membership'
] as const;
export type AgreementType = (typeof agreementTypes)[number];

export const agreementStatuses = ['in_force', 'under_review', 'expired', 'ended'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

/** A signed date known to the day, or only to the year (shown as the year alone). */
export const datePrecisions = ['day', 'year'] as const;

/** The facts of a partner or agreement that may be flagged unverified. */
export const verifiableFacts = [
	'kind',
	'nameEn',
	'nameTh',
	'location',
	'signedOn',
	'type'
] as const;
export type VerifiableFact = (typeof verifiableFacts)[number];
/** The facts of a partner, and of an agreement, that an officer confirms or flags again. */
export const partnerFacts = [
	'kind',
	'nameTh',
	'nameEn',
	'location'
] as const satisfies VerifiableFact[];
export const agreementFacts = ['type', 'signedOn'] as const satisfies VerifiableFact[];
