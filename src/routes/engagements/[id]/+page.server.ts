import { getApp } from '#lib/server/app.ts';
import {
	addCommitment,
	commitmentFormInput,
	commitmentFormValues,
	type CommitmentFormValues,
	commitmentInputSchema,
	commitmentScopes,
	commitmentStatusInputSchema,
	engagementDetail,
	listCommittees,
	movableBy,
	partnersOfEngagement,
	presentCommittees,
	presentEngagementDetail,
	updateCommitmentStatus
} from '#lib/server/engagements/index.ts';
import {
	can,
	failFormOrPage,
	formReturnPath,
	formText,
	formVersion,
	idParam,
	listAgencyLabels,
	notFoundPage,
	pageId,
	parseInput,
	redirectSaved,
	redirectSavedTo,
	requirePage,
	savedNotice
} from '#lib/server/platform/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'engagement.read');
	const db = getApp().database.db;
	const detail = (await engagementDetail(db, pageId(event))) ?? notFoundPage(event);
	const canManage = can(actor, 'engagement.manage');
	const engagement = presentEngagementDetail(detail);
	return {
		engagement,
		committees: await presentCommittees(
			db,
			await listCommittees(db, { engagementId: engagement.id })
		),
		notice: savedNotice(event, {
			created: 'engagements.created',
			engagement: 'engagements.saved',
			commitment: 'commitments.added',
			commitmentChange: 'commitments.changed',
			committee: 'committees.saved',
			status: 'commitments.statusSaved',
			commitmentProject: 'commitments.projectSaved'
		}),
		canManage,
		updatable: movableBy(actor, engagement.commitments),
		/** What the form that adds a commitment offers and starts with. */
		newCommitment: canManage
			? {
					choices: {
						scopes: commitmentScopes,
						agencies: await listAgencyLabels(db),
						partners: partnersOfEngagement(detail)
					},
					values: {
						titleTh: '',
						titleEn: '',
						descriptionTh: '',
						scope: 'bilateral',
						dueOn: '',
						projectId: '',
						agencyIds: [],
						partnerIds: partnersOfEngagement(detail).map((partner) => partner.id)
					} satisfies CommitmentFormValues
				}
			: null
	};
};

export const actions: Actions = {
	/** Moves one commitment on, then goes back to the page the form was on. */
	status: async (event) => {
		const actor = requirePage(event, 'commitment.update');
		const engagementId = pageId(event);
		const form = await event.request.formData();
		try {
			await updateCommitmentStatus(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				idParam(formText(form, 'commitmentId')),
				parseInput(commitmentStatusInputSchema, {
					status: formText(form, 'status'),
					version: formVersion(formText(form, 'version'))
				})
			);
		} catch (caught) {
			return failFormOrPage(event, caught, { form: 'status' });
		}
		const back = new URL(
			formReturnPath(form, 'back', `/engagements/${engagementId}#commitments`),
			event.url
		);
		redirectSavedTo(`${back.pathname}${back.search}`, 'status', back.hash);
	},
	/** Adds a commitment to the engagement. */
	commitment: async (event) => {
		const actor = requirePage(event, 'engagement.manage');
		const db = getApp().database.db;
		const engagementId = pageId(event);
		const form = await event.request.formData();
		const values = commitmentFormValues(form);
		try {
			await addCommitment(
				db,
				{ actor, requestId: event.locals.requestId },
				engagementId,
				parseInput(commitmentInputSchema, commitmentFormInput(values))
			);
		} catch (caught) {
			return failFormOrPage(event, caught, { form: 'commitment', ...values });
		}
		redirectSaved(event, 'commitment', '#commitments');
	}
};
