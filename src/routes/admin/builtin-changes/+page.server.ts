import { redirect } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	builtinDecisionSchema,
	decideBuiltinChange,
	listBuiltinChanges
} from '#lib/server/builtin-changes.ts';
import { failFormOrPage, formText, parseInput, requirePage } from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'builtinChange.review');
	return {
		changes: await listBuiltinChanges(getApp().database.db, actor),
		decided: event.url.searchParams.get('decided')
	};
};

export const actions: Actions = {
	decide: async (event) => {
		const actor = requirePage(event, 'builtinChange.review');
		const form = await event.request.formData();
		try {
			const input = parseInput(builtinDecisionSchema, {
				kind: formText(form, 'kind'),
				key: formText(form, 'key'),
				field: formText(form, 'field'),
				decision: formText(form, 'decision')
			});
			await decideBuiltinChange(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				input
			);
		} catch (caught) {
			return failFormOrPage(event, caught);
		}
		redirect(303, `/admin/builtin-changes?decided=${formText(form, 'decision')}`);
	}
};
