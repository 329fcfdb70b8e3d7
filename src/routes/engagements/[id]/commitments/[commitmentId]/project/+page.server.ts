import { getApp } from '#lib/server/app.ts';
import {
	commitmentProjectChange,
	presentCommitment,
	projectChooser
} from '#lib/server/engagements/index.ts';
import {
	failFormOrPage,
	formReturnPath,
	formText,
	redirectSavedTo,
	requirePage,
	sameSitePath
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';
import { commitmentOfEngagement, saveCommitmentChange } from '../commitment-of-engagement.ts';

/** Where the chooser goes back to: the page it was opened from, else the engagement's. */
const backOf = (value: unknown, engagementId: string) =>
	sameSitePath(value, `/engagements/${engagementId}#commitments`);

/**
 * The project chooser of a commitment: a search over the projects the user may read, then a
 * choice among those found (or none), saved at the version the user saw. Works without JavaScript.
 */
export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'engagement.manage');
	const { detail, commitment } = await commitmentOfEngagement(event);
	const typed = event.url.searchParams.get('q') ?? '';
	const found = await projectChooser(getApp().database.db, actor, typed);
	return {
		commitment: presentCommitment(commitment),
		engagement: {
			id: detail.engagement.id,
			titleTh: detail.engagement.titleTh,
			titleEn: detail.engagement.titleEn
		},
		typed,
		found,
		back: backOf(event.url.searchParams.get('back'), detail.engagement.id)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requirePage(event, 'engagement.manage');
		const { detail, commitment } = await commitmentOfEngagement(event);
		const form = await event.request.formData();
		const chosen = formText(form, 'projectId');
		try {
			await saveCommitmentChange(
				event,
				actor,
				commitment.id,
				form,
				commitmentProjectChange(commitment, chosen || null)
			);
		} catch (caught) {
			return failFormOrPage(event, caught);
		}
		const back = new URL(
			formReturnPath(form, 'back', backOf(null, detail.engagement.id)),
			event.url
		);
		redirectSavedTo(`${back.pathname}${back.search}`, 'commitmentProject', back.hash);
	}
};
