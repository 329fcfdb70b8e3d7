import type { followUpTh } from './follow-up.th.ts';

/** English messages of the follow-up chain, typed against the Thai ones. */
export const followUpEn: Record<keyof typeof followUpTh, string> = {
	'commitments.overdue': 'Overdue',
	'followUp.overdueIntro': '{count} overdue commitments by responsible agency',
	'followUp.onlyOverdue': 'Only the overdue',
	'followUp.allOpen': 'Every open commitment'
};
