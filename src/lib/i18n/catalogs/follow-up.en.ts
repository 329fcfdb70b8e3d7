import type { followUpTh } from './follow-up.th.ts';

/** English messages of the follow-up chain, typed against the Thai ones. */
export const followUpEn: Record<keyof typeof followUpTh, string> = {
	'commitments.overdue': 'Overdue',
	'followUp.overdueIntro': '{count} overdue commitments by responsible agency',
	'followUp.dueIntro': '{count} open commitments due within {days} days, by responsible agency',
	'followUp.onlyOverdue': 'Only the overdue',
	'followUp.allOpen': 'Every open commitment',
	'auditEntity.calendar_feed': 'Calendar subscription address',
	'calendarFeed.title': 'Meetings and visits in your calendar app',
	'calendarFeed.intro':
		'Make a secret address that a calendar app (Google Calendar, Outlook, your phone’s calendar) subscribes to without signing in. Whoever has the address sees what you see, so keep it to yourself; you can revoke it at any time.',
	'calendarFeed.none': 'You have no calendar subscription address',
	'calendarFeed.create': 'Make a calendar subscription address',
	'calendarFeed.replace': 'Make a new address in place of this one',
	'calendarFeed.revoke': 'Revoke the calendar subscription address',
	'calendarFeed.liveSince': 'You have a calendar subscription address made on {date}.',
	'calendarFeed.lastRead': 'A calendar app last read it at {time}.',
	'calendarFeed.neverRead': 'No calendar app has read it yet.',
	'calendarFeed.created': 'Your calendar subscription address is made',
	'calendarFeed.copyNow':
		'Copy this address into your calendar app now: it will not be shown again (the address you had before, if any, no longer works).',
	'calendarFeed.revoked':
		'Your calendar subscription address is revoked: calendars subscribed to it get nothing more',
	'commitments.project': 'Project',
	'commitments.noProject': 'No project yet',
	'commitments.changeProject': 'Choose the project',
	'commitments.chooseProject': 'Choose the project that carries the commitment',
	'commitments.projectSearch': 'Find a project',
	'commitments.projectSearchHint': 'Type part of its code or title, in Thai or English',
	'commitments.projectSearchButton': 'Find projects',
	'commitments.projectsFound': 'Projects found ({shown} shown of {count})',
	'commitments.saveProject': 'Save the project',
	'commitments.cancelProject': 'Go back without changing it',
	'commitments.projectSaved': 'The commitment’s project is saved',
	'projects.commitments': 'Commitments that lead to this project',
	'projects.noCommitments': 'No commitment of a meeting or visit names this project'
};
