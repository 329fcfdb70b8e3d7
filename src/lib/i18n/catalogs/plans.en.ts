import type { plansTh } from './plans.th.ts';

/** English messages of the plans module, typed against the Thai ones. */
export const plansEn: Record<keyof typeof plansTh, string> = {
	'auditAction.submit': 'Submitted',
	'auditAction.approve': 'Approved',
	'auditAction.return': 'Returned',
	'auditEntity.plan': 'Plan',
	'auditEntity.plan_element': 'Plan element',
	'auditEntity.kpi': 'KPI',
	'auditEntity.kpi_result': 'KPI result',
	'auditEntity.element_alignment': 'Plan alignment',

	'kpiStatus.met': 'Met',
	'kpiStatus.not_met': 'Not met',
	'kpiStatus.pending': 'Pending',
	'kpiStatus.not_reported': 'Not reported',
	'plans.statusRule':
		'Not reported: no result submitted yet · Pending: submitted or returned and not yet approved, or approved against a target that is not a number · Met: the approved result reaches the target (at least it, or at most it for a KPI that should go down) · Not met: the approved result falls short of the target',

	'resultStatus.draft': 'Draft',
	'resultStatus.submitted': 'Submitted, awaiting approval',
	'resultStatus.returned': 'Returned for changes',
	'resultStatus.approved': 'Approved',

	'error.locked': 'This result is approved and can no longer be changed',
	'error.invalid_transition': 'This cannot be done to the result in its current state',
	'validation.fiscalYearOutsidePlan':
		"The fiscal year must be within the plan's years ({from}–{to})",
	'validation.levelOutsideLadder': "The level must be from 1 to {max}, the KPI's ladder",
	'validation.percentage': 'A percentage is from 0 to 100',
	'validation.notNegative': 'Must not be negative',
	'validation.commentRequired': 'Say why it is returned',
	'validation.alignmentSamePlan': 'Link to an element of another plan'
};
