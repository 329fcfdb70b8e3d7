/** The knowledge module's entry: what other modules and the routes may use. */

export {
	builtinKnowledgeSchema,
	measureCategories,
	regions,
	sourceKinds
} from './builtin-schema.ts';
export {
	circularAttachments,
	circularInbox,
	circularRecipientIds,
	listCirculars
} from './circular-repository.ts';
export { acknowledgeCircular, circularDetail, recordAdoption, sendCircular } from './circulars.ts';
export { adoptions } from './kinds.ts';
export { loadBuiltinKnowledge } from './load-builtin.ts';
export { createPractice, practiceLibrary, updatePractice } from './practices.ts';
export {
	presentCircular,
	presentCircularDetail,
	presentCircularReceipt,
	presentPractice,
	presentPracticeDetail
} from './presenters.ts';
export { partnerPractices, practiceChoices, practiceDetail } from './repository.ts';
export {
	circularDetailSchema,
	circularReceiptSchema,
	circularSchema,
	circularSummarySchema,
	practiceDetailSchema,
	practiceSchema
} from './responses.ts';
export {
	acknowledgementSchema,
	adoptionRecordSchema,
	adoptionSchema,
	circularSendSchema,
	practiceCreateSchema,
	practiceFilterSchema,
	practiceUpdateSchema
} from './schemas.ts';
export { circularSource, practiceSource } from './search-source.ts';
