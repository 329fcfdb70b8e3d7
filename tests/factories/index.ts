// One way to make each record, for tests and for the benchmarks' generated data: through the
// modules' own use cases (or, for plans and projects from plan files, the built-in loaders), so
// every record is valid and audited.
export { district, loadAgencies } from './agencies.ts';
export { makeAgreement } from './agreements.ts';
export { makeCircular } from './circulars.ts';
export { makeEngagement } from './engagements.ts';
export { makeKpiResult } from './kpi-results.ts';
export { makeKpi } from './kpis.ts';
export { makePartner } from './partners.ts';
export { makePlan } from './plans.ts';
export { makePractice } from './practices.ts';
export { makeProgressReport } from './progress-reports.ts';
export { makeProject } from './projects.ts';
export { makeUser, testPassword } from './users.ts';
