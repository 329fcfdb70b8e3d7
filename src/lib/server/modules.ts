import { engagementActivity } from './engagements/repository.ts';
import { commitmentSource, engagementSource, outcomeSource } from './engagements/search-source.ts';
import { circularSource, practiceSource } from './knowledge/search-source.ts';
import { registerPartnerActivity } from './partners/activity.ts';
import { agreementActivity } from './partners/repository.ts';
import { agreementSource, partnerSource } from './partners/search-source.ts';
import { kpiSource, planElementSource, planSource } from './plans/search-source.ts';
import { projectActivity } from './projects/repository.ts';
import { progressReportSource, projectSource } from './projects/search-source.ts';
import { agencySource } from './search/agency-search-source.ts';
import type { SearchSource } from './search/documents.ts';
import { registerSearchSources } from './search/registry.ts';

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
