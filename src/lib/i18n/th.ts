import { partnersTh } from './catalogs/partners.th.ts';
import { plansTh } from './catalogs/plans.th.ts';
import { platformTh } from './catalogs/platform.th.ts';
import { projectsTh } from './catalogs/projects.th.ts';
import { documentsTh } from './catalogs/documents.th.ts';
import { projectRoundsTh } from './catalogs/project-rounds.th.ts';
import { knowledgeTh } from './catalogs/knowledge.th.ts';
import { followUpTh } from './catalogs/follow-up.th.ts';
import { alertsTh } from './catalogs/alerts.th.ts';
import { notificationsTh } from './catalogs/notifications.th.ts';
import { overviewTh } from './catalogs/overview.th.ts';

/**
 * The Thai catalog, the reference language: one file of messages per module under catalogs/,
 * each with its English twin typed against it.
 */
export const th = {
	...platformTh,
	...plansTh,
	...projectsTh,
	...documentsTh,
	...projectRoundsTh,
	...partnersTh,
	...knowledgeTh,
	...followUpTh,
	...alertsTh,
	...notificationsTh,
	...overviewTh
} as const;
