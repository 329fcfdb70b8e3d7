import { getApp } from '#lib/server/app.ts';
import {
	createUser,
	failFormOrPage,
	formText,
	parseInput,
	redirectSavedTo,
	requirePage,
	userCreateSchema,
	userFormChoices,
	userFormValues
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'user.manage');
	return { choices: await userFormChoices(getApp().database.db) };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requirePage(event, 'user.manage');
		const form = await event.request.formData();
		const values = { username: formText(form, 'username'), ...userFormValues(form) };
		let userId: string;
		try {
			const input = parseInput(userCreateSchema, {
				...values,
				password: formText(form, 'password')
			});
			const user = await createUser(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				input
			);
			userId = user.id;
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		redirectSavedTo(`/admin/users/${userId}`, 'created');
	}
};
