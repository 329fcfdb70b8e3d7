import { getApp } from '#lib/server/app.ts';
import {
	builtinDecisionSchema,
	decideBuiltinChange,
	listBuiltinChanges
} from '#lib/server/builtin-changes.ts';
import {
	failFormOrPage,
	formText,
	parseInput,
	redirectSaved,
	requirePage,
	savedNotice
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'builtinChange.review');
	return {
		changes: await listBuiltinChanges(getApp().database.db, actor),
		notice: savedNotice(event, {
			accept_file: 'builtinChanges.accepted',
			keep_person: 'builtinChanges.kept'
		})
	};
};

export const actions: Actions = {
	decide: async (event) => {
		const actor = requirePage(event, 'builtinChange.review');
		const form = await event.request.formData();
		let decision: string;
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
			decision = input.decision;
		} catch (caught) {
			return failFormOrPage(event, caught);
		}
		redirectSaved(event, decision);
	}
};
