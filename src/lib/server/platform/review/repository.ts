import { inArray, sql, type Column, type SQL } from 'drizzle-orm';
import { inAgencyScope } from '../agency-scope-repository.ts';
import { sharedStates, type AgencyScope } from '../policy.ts';

/**
 * The records of a reviewed kind that a reader may read (decision 0013), as a condition: shared
 * ones (submitted and approved), and unsubmitted ones whose agencies (`agencyIds`, a uuid[]
 * expression) are within `unsubmitted`, the reader's `unsubmittedScope`.
 */
export function readableWork(state: Column, unsubmitted: AgencyScope, agencyIds: SQL): SQL {
	return sql`(${inArray(state, [...sharedStates])} OR ${inAgencyScope(unsubmitted, agencyIds)})`;
}
