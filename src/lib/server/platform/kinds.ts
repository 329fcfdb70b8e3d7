/** The platform's fixed lists: kinds of agency, roles, languages. */
export const agencyKinds = [
	'administration',
	'department',
	'office',
	'division',
	'district'
] as const;
export type AgencyKind = (typeof agencyKinds)[number];

export const roles = ['admin', 'iao_officer', 'agency_reporter', 'executive', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const locales = ['th', 'en'] as const;
