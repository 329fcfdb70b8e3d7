import { formatDate } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import {
	agreementFacts,
	agreementFormValues,
	agreementFormValuesOf,
	agreementStatuses,
	agreementTypes,
	findPartner,
	parseAgreementForm,
	partnerAgreements,
	updateAgreement
} from '#lib/server/partners/index.ts';
import {
	failFormOrPage,
	formText,
	notFoundPage,
	pageId,
	redirectSavedTo,
	requirePage
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The agreement to change, found among the agreements of the partner in the address. */
async function agreementOfPartner(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const partnerId = pageId(event);
	const agreementId = pageId(event, 'agreementId');
	const db = getApp().database.db;
	const partner = (await findPartner(db, partnerId)) ?? notFoundPage(event);
	const agreement =
		(await partnerAgreements(db, partnerId)).find((row) => row.id === agreementId) ??
		notFoundPage(event);
	return { partner, agreement };
}

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'partner.manage');
	const { partner, agreement } = await agreementOfPartner(event);
	return {
		partner: { id: partner.id, nameTh: partner.nameTh, nameEn: partner.nameEn },
		agreement: { id: agreement.id, titleTh: agreement.titleTh, titleEn: agreement.titleEn },
		version: agreement.version,
		values: agreementFormValuesOf(agreement, (iso) =>
			formatDate(iso, event.locals.locale, { style: 'short' })
		),
		choices: { agreementTypes, agreementStatuses, agreementFacts }
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requirePage(event, 'partner.manage');
		const { partner, agreement } = await agreementOfPartner(event);
		const form = await event.request.formData();
		const values = agreementFormValues(form);
		try {
			await updateAgreement(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				agreement.id,
				parseAgreementForm(values, formText(form, 'version'))
			);
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		redirectSavedTo(`/partners/${partner.id}`, 'agreement');
	}
};
