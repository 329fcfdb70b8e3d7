/** The overview module's entry: what the routes may use. */

export {
	type Situation,
	horizons,
	overviewFiscalYears,
	overviewQuerySchema,
	situation
} from './overview.ts';
export { presentOverview } from './presenters.ts';
export { situationReport, situationReportPdf } from './report.ts';
export { overviewSchema } from './responses.ts';
