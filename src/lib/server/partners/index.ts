/** The partners module's entry: what other modules and the routes may use. */

export { type PartnerActivity, registerPartnerActivity } from './activity.ts';
export {
	type AgreementFormValues,
	agreementFormValues,
	agreementFormValuesOf,
	blankAgreementForm,
	parseAgreementForm
} from './agreement-form.ts';
export { type AgreementAlert, agreementAlerts } from './alerts.ts';
export { regionBalance } from './balance-repository.ts';
export {
	builtinAgreementSchema,
	builtinCountrySchema,
	builtinPartnerSchema
} from './builtin-schema.ts';
export {
	type AgreementStatus,
	type AgreementType,
	type VerifiableFact,
	agreementFacts,
	agreementStatuses,
	agreementTypes,
	partnerKinds,
	partnerStatuses,
	regionGroups
} from './kinds.ts';
export {
	loadBuiltinAgreements,
	loadBuiltinCountries,
	loadBuiltinPartners,
	partnerIdsByCode
} from './load-builtin.ts';
export {
	type PartnerFormChoices,
	type PartnerFormValues,
	blankPartnerForm,
	parsePartnerForm,
	partnerFormChoices,
	partnerFormValues,
	partnerFormValuesOf
} from './partner-form.ts';
export { presentAgreement, presentContact, presentPartner } from './presenters.ts';
export {
	agreementActivity,
	agreementDocuments,
	dormantSql,
	findCountry,
	findPartner,
	isPartnerDormant,
	listCountries,
	listPartners,
	locatedPartners,
	partnerAgreements,
	partnerChoices,
	partnerContactsOf,
	partnerExists,
	partnerFilterSchema,
	partnersAmong,
	partnersNamed,
	refreshLastActivity
} from './repository.ts';
export {
	agreementSchema,
	partnerContactSchema,
	partnerLabelSchema,
	partnerSchema
} from './responses.ts';
export {
	agreementInputExample,
	agreementInputSchema,
	contactInputSchema,
	partnerInputExample,
	partnerInputSchema
} from './schemas.ts';
export { agreementSource, partnerSource } from './search-source.ts';
export { worldMap, worldSvg } from './world-map.ts';
export {
	addContact,
	auditContact,
	createAgreement,
	createPartner,
	eraseContact,
	updateAgreement,
	updatePartner
} from './write.ts';
