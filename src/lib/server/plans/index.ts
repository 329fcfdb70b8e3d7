/** The plans module's entry: what other modules and the routes may use. */

export { addAlignment, removeAlignment } from './alignments.ts';
export {
	builtinAlignmentSchema,
	builtinPlanSchema,
	type elementKinds,
	type kpiKinds
} from './builtin-schema.ts';
export { findNode, kpiIdsUnder } from './element-tree.ts';
export { kpiResultReview, reviewKpiResult, saveKpiResult, submitKpiResult } from './kpi-results.ts';
export { loadBuiltinAlignments, loadBuiltinPlan } from './load-builtin.ts';
export {
	presentAlignment,
	presentKpi,
	presentListedPlan,
	presentPlan,
	presentResult
} from './presenters.ts';
export {
	type AlignedElement,
	type ElementNode,
	type PlanRow,
	directLinks,
	elementAlignment,
	findElement,
	findElementByCode,
	findKpiByCode,
	findPlan,
	findPlanByCode,
	kpiDetail,
	kpiMatrix,
	listPlans,
	otherPlansElements,
	planGaps,
	planTree,
	reportingRound,
	resultReadable
} from './repository.ts';
export {
	alignmentSchema,
	kpiResultSchema,
	kpiSchema,
	listedPlanSchema,
	planSchema
} from './responses.ts';
export { removeResultAttachment } from './result-attachments.ts';
export {
	type KpiResultInput,
	alignmentInputSchema,
	kpiResultDraftSchema,
	kpiResultInputSchema,
	kpiResultReviewSchema,
	kpiResultTransitionSchema
} from './schemas.ts';
export { kpiSource, planElementSource, planSource } from './search-source.ts';
export { type KpiStatus, kpiStatuses } from './status.ts';
