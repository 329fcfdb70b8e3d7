import { remindersJob, weeklyDigestJob } from './alerts/index.ts';
import {
	commitmentSource,
	engagementActivity,
	engagementSource,
	outcomeSource
} from './engagements/index.ts';
import { circularSource, practiceSource } from './knowledge/index.ts';
import {
	agreementActivity,
	agreementSource,
	partnerSource,
	registerPartnerActivity
} from './partners/index.ts';
import { dailyDigestJob } from './notifications/index.ts';
import type { ScheduledJob } from './platform/index.ts';
import { kpiSource, planElementSource, planSource } from './plans/index.ts';
import { progressReportSource, projectActivity, projectSource } from './projects/index.ts';
import { agencySource, registerSearchSources, type SearchSource } from './search/index.ts';

/**
 * The modules wired together: what each declares for another module below it to use without
 * importing it back. Importing this file registers them all; the app, the scripts and the tests
 * import it before any write.
 */

/** Every kind of record the search covers, each declared by its module, in the order listed. */
export const searchSources: readonly SearchSource[] = [
	projectSource,
	progressReportSource,
	planSource,
	planElementSource,
	kpiSource,
	practiceSource,
	circularSource,
	agencySource,
	partnerSource,
	agreementSource,
	engagementSource,
	outcomeSource,
	commitmentSource
];

registerSearchSources(...searchSources);

/** What counts as activity with a partner, for its last activity and dormancy. */
registerPartnerActivity(agreementActivity, engagementActivity, projectActivity);

export const searchTypes = searchSources.map((source) => source.type);

/** Every module's periodic work, run by the scheduler the app starts, each once per period. */
export const scheduledJobs: ScheduledJob[] = [dailyDigestJob, remindersJob, weeklyDigestJob];
