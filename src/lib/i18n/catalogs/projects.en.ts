import type { projectsTh } from './projects.th.ts';

/** English messages of the projects module, typed against the Thai ones. */
export const projectsEn: Record<keyof typeof projectsTh, string> = {
	'auditEntity.project': 'Project',
	'projectStatus.planned': 'Planned',
	'projectStatus.in_progress': 'In progress',
	'projectStatus.delayed': 'Delayed',
	'projectStatus.suspended': 'Suspended',
	'projectStatus.cancelled': 'Cancelled',
	'projectStatus.completed': 'Completed'
};
