import { getApp } from '#lib/server/app.ts';
import { circularSendSchema, practiceChoices, sendCircular } from '#lib/server/knowledge/index.ts';
import {
	attachmentField,
	checkFiles,
	failFormOrPage,
	fileFieldSettings,
	formDate,
	formFiles,
	formList,
	formText,
	listAgencies,
	parseInput,
	redirectSavedTo,
	requirePage
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

const textFields = [
	'documentNumber',
	'issuedOn',
	'subject',
	'fromText',
	'toText',
	'body',
	'signedBy',
	'signedPosition'
] as const;

/** Departments, offices and districts receive circulars; the IAO's own divisions do not. */
const recipientKinds = ['department', 'office', 'district'] as const;

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'circular.send');
	const db = getApp().database.db;
	const [agencies, practiceRows] = await Promise.all([listAgencies(db), practiceChoices(db)]);
	return {
		practices: practiceRows,
		files: fileFieldSettings,
		preselected: event.url.searchParams.getAll('practice'),
		agencyGroups: recipientKinds.map((kind) => ({
			kind,
			agencies: agencies
				.filter((agency) => agency.kind === kind)
				.map(({ id, nameTh, nameEn }) => ({ id, nameTh, nameEn }))
		}))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requirePage(event, 'circular.send');
		const form = await event.request.formData();
		const values = {
			...Object.fromEntries(textFields.map((name) => [name, formText(form, name)])),
			practiceIds: formList(form, 'practiceIds'),
			recipientAgencyIds: formList(form, 'recipientAgencyIds')
		} as Record<(typeof textFields)[number], string> & {
			practiceIds: string[];
			recipientAgencyIds: string[];
		};
		let circularId: string;
		try {
			const input = parseInput(circularSendSchema, {
				...values,
				issuedOn: formDate(values.issuedOn)
			});
			const files = await checkFiles(formFiles(form, attachmentField));
			const app = getApp();
			const circular = await sendCircular(
				app.database.db,
				{ actor, requestId: event.locals.requestId },
				input,
				{ files, storageDir: app.filesDir }
			);
			circularId = circular.id;
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		redirectSavedTo(`/knowledge/circulars/${circularId}`, 'sent');
	}
};
