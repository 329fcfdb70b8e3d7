import type { Db } from '../../src/lib/server/db/client.ts';
import { makeKpi } from './kpis.ts';

/** A small plan with one strategy, one tactic and a 3-level maturity KPI led by `agencyCode`. */
export const makePlan = (db: Db, agencyCode = 'IAO') => makeKpi(db, { leadAgencies: [agencyCode] });
