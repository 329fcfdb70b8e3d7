import { t } from '#lib/i18n/t.ts';

/** The labels of the commitment form's fields, for the fields and the error summary. */
export const commitmentLabels = () => ({
	titleTh: t('commitments.title'),
	titleEn: t('commitments.titleEn'),
	descriptionTh: t('commitments.description'),
	scope: t('engagements.commitmentScope'),
	agencyIds: t('commitments.agencies'),
	partnerIds: t('commitments.partners'),
	dueOn: t('engagements.commitmentDue'),
	projectId: t('engagements.project'),
	version: t('engagements.version')
});
