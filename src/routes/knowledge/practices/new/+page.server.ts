import { getApp } from '#lib/server/app.ts';
import {
	createPractice,
	measureCategories,
	practiceCreateSchema,
	regions,
	sourceKinds
} from '#lib/server/knowledge/index.ts';
import { partnerChoices } from '#lib/server/partners/index.ts';
import {
	failFormOrPage,
	formDate,
	formLines,
	formList,
	formText,
	parseInput,
	redirectSavedTo,
	requirePage
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

const textFields = [
	'sourceKind',
	'sourceName',
	'sourceNameEn',
	'partnerId',
	'country',
	'region',
	'titleTh',
	'titleEn',
	'summaryTh',
	'actions',
	'measureText',
	'themes',
	'sdgs',
	'asOf',
	'sourceDocument',
	'language'
] as const;

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'practice.manage');
	const partnerRows = await partnerChoices(getApp().database.db);
	return { choices: { sourceKinds, regions, measureCategories, partners: partnerRows } };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requirePage(event, 'practice.manage');
		const form = await event.request.formData();
		const values = {
			...Object.fromEntries(textFields.map((name) => [name, formText(form, name)])),
			measureCategories: formList(form, 'measureCategories')
		} as Record<(typeof textFields)[number], string> & { measureCategories: string[] };
		let practiceId: string;
		try {
			const input = parseInput(practiceCreateSchema, {
				...values,
				region: values.region || null,
				actions: formLines(values.actions),
				themes: formLines(values.themes),
				sdgs: values.sdgs.split(/[,\s]+/).filter(Boolean),
				asOf: formDate(values.asOf)
			});
			const practice = await createPractice(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				input
			);
			practiceId = practice.id;
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		redirectSavedTo(`/knowledge/practices/${practiceId}`, 'created');
	}
};
