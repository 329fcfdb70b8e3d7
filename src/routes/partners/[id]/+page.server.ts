import { fail } from '@sveltejs/kit';
import { todayIso } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import { presentCommitment, presentEngagement } from '#lib/server/engagements/presenters.ts';
import {
	fileFieldSettings,
	attachmentField
} from '#lib/server/platform/attachments/attachments.ts';
import {
	attachRecordFiles,
	removeRecordFile
} from '#lib/server/platform/attachments/record-files.ts';
import { formFiles, formList, formText } from '#lib/server/platform/http/forms.ts';
import {
	failFormOrPage,
	notFoundPage,
	pageId,
	redirectSaved,
	requirePage,
	savedNotice
} from '#lib/server/platform/http/pages.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { can } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { agreementAlerts } from '#lib/server/partners/alerts.ts';
import { agreementDocuments } from '#lib/server/partners/agreement-documents.ts';
import { partnerDossier } from '#lib/server/dossiers/partner-dossier.ts';
import { agreementFacts, agreementStatuses, agreementTypes } from '#lib/server/partners/kinds.ts';
import { presentAgreement, presentPartner } from '#lib/server/partners/presenters.ts';
import { partnerContactsOf } from '#lib/server/partners/repository.ts';
import { contactInputSchema } from '#lib/server/partners/schemas.ts';
import {
	agreementFormValues,
	blankAgreementForm,
	parseAgreementForm
} from '#lib/server/partners/agreement-form.ts';
import { addContact, createAgreement, eraseContact } from '#lib/server/partners/write.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'partner.read');
	const app = getApp();
	const id = pageId(event);
	const dossier = await partnerDossier(
		app.database.db,
		id,
		app.config.SAPHAN_PARTNER_DORMANT_YEARS
	);
	if (!dossier) notFoundPage(event);
	const showContacts = can(actor, 'partnerContact.manage');
	return {
		partner: presentPartner(dossier.partner, dossier.dormant),
		dormantYears: app.config.SAPHAN_PARTNER_DORMANT_YEARS,
		agreements: dossier.agreements.map((agreement) => ({
			...presentAgreement(agreement),
			documents: agreement.documents
		})),
		alerts: agreementAlerts(dossier.agreements, todayIso()),
		engagements: dossier.engagements.map(presentEngagement),
		projects: dossier.projects,
		openCommitments: dossier.openCommitments.map(presentCommitment),
		practices: dossier.practices,
		contacts: showContacts ? await partnerContactsOf(app.database.db, id) : null,
		canManage: can(actor, 'partner.manage'),
		choices: { agreementTypes, agreementStatuses, agreementFacts },
		agreementForm: blankAgreementForm,
		files: fileFieldSettings,
		created: event.url.searchParams.has('created'),
		/** What was changed here or on another page: the partner (1), an agreement, a document… */
		notice: savedNotice(event, {
			1: 'partners.changesSaved',
			agreement: 'partners.saved.agreement',
			documents: 'partners.saved.documents',
			removeDocument: 'partners.saved.removeDocument',
			contact: 'partners.saved.contact',
			erase: 'partners.saved.erase'
		})
	};
};

export const actions: Actions = {
	agreement: async (event) => {
		const actor = requirePage(event, 'partner.manage');
		const values = agreementFormValues(await event.request.formData());
		try {
			await createAgreement(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				pageId(event),
				parseAgreementForm(values)
			);
		} catch (caught) {
			return failFormOrPage(event, caught, { form: 'agreement', ...values });
		}
		redirectSaved(event, 'agreement');
	},
	documents: async (event) => {
		const actor = requirePage(event, 'partner.manage');
		const form = await event.request.formData();
		const values = { agreementId: formText(form, 'agreementId') };
		const app = getApp();
		try {
			await attachRecordFiles(
				app.database.db,
				{ actor, requestId: event.locals.requestId },
				agreementDocuments,
				idParam(values.agreementId),
				formFiles(form, attachmentField),
				app.filesDir
			);
		} catch (caught) {
			return failFormOrPage(event, caught, { form: 'documents', ...values });
		}
		redirectSaved(event, 'documents');
	},
	removeDocument: async (event) => {
		const actor = requirePage(event, 'partner.manage');
		const form = await event.request.formData();
		const app = getApp();
		try {
			await removeRecordFile(
				app.database.db,
				{ actor, requestId: event.locals.requestId },
				agreementDocuments,
				idParam(formText(form, 'attachment')),
				app.filesDir
			);
		} catch (caught) {
			return failFormOrPage(event, caught);
		}
		redirectSaved(event, 'removeDocument');
	},
	contact: async (event) => {
		const actor = requirePage(event, 'partnerContact.manage');
		const form = await event.request.formData();
		const values = Object.fromEntries(
			['name', 'position', 'workEmail', 'workPhone', 'purpose'].map((f) => [f, formText(form, f)])
		);
		try {
			await addContact(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				pageId(event),
				parseInput(contactInputSchema, values)
			);
		} catch (caught) {
			return failFormOrPage(event, caught, { form: 'contact', ...values });
		}
		redirectSaved(event, 'contact');
	},
	erase: async (event) => {
		const actor = requirePage(event, 'partnerContact.manage');
		const form = await event.request.formData();
		const [contactId] = formList(form, 'contactId');
		try {
			await eraseContact(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				pageId(event),
				idParam(contactId)
			);
		} catch (caught) {
			if (!contactId) return fail(400);
			return failFormOrPage(event, caught);
		}
		redirectSaved(event, 'erase');
	}
};
