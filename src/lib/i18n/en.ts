import { partnersEn } from './catalogs/partners.en.ts';
import { plansEn } from './catalogs/plans.en.ts';
import { platformEn } from './catalogs/platform.en.ts';
import { projectsEn } from './catalogs/projects.en.ts';
import { documentsEn } from './catalogs/documents.en.ts';
import { projectRoundsEn } from './catalogs/project-rounds.en.ts';
import { knowledgeEn } from './catalogs/knowledge.en.ts';
import { followUpEn } from './catalogs/follow-up.en.ts';
import { alertsEn } from './catalogs/alerts.en.ts';
import { notificationsEn } from './catalogs/notifications.en.ts';
import { overviewEn } from './catalogs/overview.en.ts';
import type { th } from './th.ts';

/** The English catalog; every Thai key must be here (the type says so, a unit test checks both ways). */
export const en: Record<keyof typeof th, string> = {
	...platformEn,
	...plansEn,
	...projectsEn,
	...documentsEn,
	...projectRoundsEn,
	...partnersEn,
	...knowledgeEn,
	...followUpEn,
	...alertsEn,
	...notificationsEn,
	...overviewEn
};
