import { redirect } from '@sveltejs/kit';
import { asc } from 'drizzle-orm';
import { getApp } from '#lib/server/app.ts';
import {
	attachCircularFiles,
	circularAttachments,
	removeCircularAttachment
} from '#lib/server/knowledge/circular-attachments.ts';
import {
	acknowledgeCircular,
	circularDetail,
	recordAdoption
} from '#lib/server/knowledge/circulars.ts';
import { adoptions } from '#lib/server/knowledge/schema.ts';
import { adoptionSchema } from '#lib/server/knowledge/schemas.ts';
import {
	acceptedFileTypes,
	chosenFiles,
	maxAttachmentMegabytes,
	presentAttachment
} from '#lib/server/platform/attachments/attachments.ts';
import { formText } from '#lib/server/platform/http/forms.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { failFormOrPage, notFoundPage, requirePage } from '#lib/server/platform/http/pages.ts';
import { actsForAgency, can } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { projects } from '#lib/server/projects/schema.ts';
import { pageId } from '../../../plans/load-plan.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'knowledge.read');
	const db = getApp().database.db;
	const detail = (await circularDetail(db, pageId(event))) ?? notFoundPage(event);
	const mayAct = can(actor, 'circular.acknowledge');
	const ownAgencyIds = mayAct
		? detail.recipients
				.filter((recipient) => actsForAgency(actor, { agencyIds: [recipient.agencyId] }))
				.map((recipient) => recipient.agencyId)
		: [];
	const projectChoices = ownAgencyIds.length
		? await db
				.select({ id: projects.id, titleTh: projects.titleTh, titleEn: projects.titleEn })
				.from(projects)
				.orderBy(asc(projects.titleTh))
		: [];
	const { createdAt: _c, updatedAt: _u, ...circular } = detail.circular;
	return {
		circular,
		carried: detail.carried,
		recipients: detail.recipients,
		ownAgencyIds,
		projectChoices,
		adoptions,
		attachments: (await circularAttachments(db, actor, detail.circular.id)).map(presentAttachment),
		files: can(actor, 'circular.send')
			? { accept: acceptedFileTypes, maxMegabytes: maxAttachmentMegabytes }
			: null,
		sent: event.url.searchParams.has('sent')
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
	redirect(303, `/knowledge/circulars/${circularId}?saved=1#recipient-${values.agencyId}`);
}

async function fileAction(
	event: Parameters<Actions[string]>[0],
	act: (circularId: string, form: FormData, storageDir: string) => Promise<unknown>
) {
	requirePage(event, 'circular.send');
	const circularId = pageId(event);
	const form = await event.request.formData();
	try {
		await act(circularId, form, getApp().filesDir);
	} catch (caught) {
		return failFormOrPage(event, caught);
	}
	redirect(303, `/knowledge/circulars/${circularId}?saved=1#attachments`);
}

export const actions: Actions = {
	attach: (event) =>
		fileAction(event, (circularId, form, storageDir) =>
			attachCircularFiles(
				getApp().database.db,
				{ actor: event.locals.actor!, requestId: event.locals.requestId },
				circularId,
				chosenFiles(form),
				storageDir
			)
		),
	removeAttachment: (event) =>
		fileAction(event, (circularId, form, storageDir) =>
			removeCircularAttachment(
				getApp().database.db,
				{ actor: event.locals.actor!, requestId: event.locals.requestId },
				circularId,
				idParam(formText(form, 'attachment')),
				storageDir
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
