import { fail } from '@sveltejs/kit';
import { todayIso } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import { presentCommitment, presentEngagement } from '#lib/server/engagements/index.ts';
import {
	attachmentField,
	attachRecordFiles,
	can,
	failFormOrPage,
	fileFieldSettings,
	formFiles,
	formList,
	formText,
	idParam,
	notFoundPage,
	pageId,
	parseInput,
	redirectSaved,
	removeRecordFile,
	requirePage,
	savedNotice
} from '#lib/server/platform/index.ts';
import {
	addContact,
	agreementAlerts,
	agreementDocuments,
	agreementFacts,
	agreementFormValues,
	agreementStatuses,
	agreementTypes,
	blankAgreementForm,
	contactInputSchema,
	createAgreement,
	eraseContact,
	parseAgreementForm,
	partnerContactsOf,
	presentAgreement,
	presentPartner
} from '#lib/server/partners/index.ts';
import { partnerDossier } from '#lib/server/dossiers/index.ts';
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
		/** What was changed here or on another page: the partner, an agreement, a document… */
		notice: savedNotice(event, {
			created: 'partners.created',
			partner: 'partners.changesSaved',
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
