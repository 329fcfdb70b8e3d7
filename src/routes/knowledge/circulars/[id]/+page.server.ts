import { getApp } from '#lib/server/app.ts';
import {
	acknowledgeCircular,
	adoptions,
	adoptionSchema,
	circularAttachments,
	circularDetail,
	recordAdoption
} from '#lib/server/knowledge/index.ts';
import {
	actsForAgency,
	attachmentField,
	attachRecordFiles,
	can,
	type ChangeContext,
	failFormOrPage,
	fileFieldSettings,
	formFiles,
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
import { projectChoices } from '#lib/server/projects/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'knowledge.read');
	const db = getApp().database.db;
	const detail = (await circularDetail(db, pageId(event), actor)) ?? notFoundPage(event);
	const mayAct = can(actor, 'circular.acknowledge');
	const ownAgencyIds = mayAct
		? detail.recipients
				.filter((recipient) => actsForAgency(actor, { agencyIds: [recipient.agencyId] }))
				.map((recipient) => recipient.agencyId)
		: [];
	const choices = ownAgencyIds.length ? await projectChoices(db) : [];
	const { createdAt: _c, updatedAt: _u, ...circular } = detail.circular;
	return {
		circular,
		carried: detail.carried,
		recipients: detail.recipients,
		ownAgencyIds,
		projectChoices: choices,
		adoptions,
		attachments: detail.attachments,
		canManageFiles: can(actor, 'circular.send'),
		files: fileFieldSettings,
		notice: savedNotice(event, {
			sent: 'circular.sent',
			recipient: 'circular.saved',
			files: 'circular.saved'
		})
	};
};

async function recipientAction(
	event: Parameters<Actions[string]>[0],
	act: (circularId: string, agencyId: string, form: FormData) => Promise<unknown>
) {
	requirePage(event, 'circular.acknowledge');
	const circularId = pageId(event);
	const form = await event.request.formData();
	const values = Object.fromEntries(
		['agencyId', 'adoption', 'adoptionNote', 'projectId'].map((name) => [
			name,
			formText(form, name)
		])
	);
	try {
		await act(circularId, idParam(values.agencyId), form);
	} catch (caught) {
		return failFormOrPage(event, caught, values);
	}
	redirectSaved(event, 'recipient', `#recipient-${values.agencyId}`);
}

/** Adds or removes the circular's files, then shows them again. */
async function fileAction(
	event: Parameters<Actions[string]>[0],
	act: (context: ChangeContext, form: FormData, filesDir: string) => Promise<unknown>
) {
	const actor = requirePage(event, 'circular.send');
	const form = await event.request.formData();
	try {
		await act({ actor, requestId: event.locals.requestId }, form, getApp().filesDir);
	} catch (caught) {
		return failFormOrPage(event, caught);
	}
	redirectSaved(event, 'files', '#attachments');
}

export const actions: Actions = {
	attach: (event) =>
		fileAction(event, (context, form, filesDir) =>
			attachRecordFiles(
				getApp().database.db,
				context,
				circularAttachments,
				pageId(event),
				formFiles(form, attachmentField),
				filesDir
			)
		),
	removeAttachment: (event) =>
		fileAction(event, (context, form, filesDir) =>
			removeRecordFile(
				getApp().database.db,
				context,
				circularAttachments,
				idParam(formText(form, 'attachment')),
				filesDir
			)
		),
	acknowledge: (event) =>
		recipientAction(event, (circularId, agencyId) =>
			acknowledgeCircular(
				getApp().database.db,
				{ actor: event.locals.actor!, requestId: event.locals.requestId },
				circularId,
				agencyId
			)
		),
	adopt: (event) =>
		recipientAction(event, (circularId, agencyId, form) =>
			recordAdoption(
				getApp().database.db,
				{ actor: event.locals.actor!, requestId: event.locals.requestId },
				circularId,
				agencyId,
				parseInput(adoptionSchema, {
					adoption: formText(form, 'adoption'),
					adoptionNote: formText(form, 'adoptionNote'),
					projectId: formText(form, 'projectId')
				})
			)
		)
};
