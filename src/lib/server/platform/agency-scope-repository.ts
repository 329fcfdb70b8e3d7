import { sql, type SQL } from 'drizzle-orm';
import type { AgencyScope } from './policy.ts';

/**
 * The SQL twin of `inScope`: true when the record's agencies (a uuid[] expression) meet the
 * scope, so lists, counts and search leave out in the query what the reader may not read.
 */
export function inAgencyScope(scope: AgencyScope, recordAgencyIds: SQL): SQL {
	if (scope === 'every') return sql`true`;
	return sql`(${recordAgencyIds} && ${`{${scope.join(',')}}`}::uuid[])`;
}
