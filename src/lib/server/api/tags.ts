/** The groups the API's operations are listed under, with what each covers. */
export const apiTags = {
	Session: 'Logging in and out, and who the caller is',
	Agencies: 'The BMA agencies: departments, district offices and the offices under them',
	Users: 'User accounts, their roles and agencies, and their API tokens (administrators)',
	'Built-in data':
		"Changes made in Saphan to records that came with it, and the office's decisions on them",
	Plans: 'Strategic plans, their elements and KPIs, KPI results per fiscal year and their review',
	Projects: 'The project register, progress reports and their review, reporting rounds',
	Partners: "Bangkok's foreign partners, their agreements and contacts",
	Engagements: 'Meetings and visits, their outcomes and commitments, and committees',
	Knowledge: 'The best-practice library and the circulars sent to agencies',
	Search: 'Thai and English search across everything the caller may read',
	Alerts: "What needs attention, dismissable per user, and each user's own work",
	Notifications: "The caller's notifications and how they want each kind by e-mail",
	Overview: 'The executive view of a fiscal year and its one-page situation report'
} as const;

export type ApiTag = keyof typeof apiTags;
