import type { RequestEvent } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	commitmentChangeSchema,
	engagementDetail,
	updateCommitment
} from '#lib/server/engagements/index.ts';
import {
	type Actor,
	formText,
	formVersion,
	notFoundPage,
	pageId,
	parseInput
} from '#lib/server/platform/index.ts';

/** The commitment in the address, found among the commitments of the engagement in the address. */
export async function commitmentOfEngagement(event: Parameters<typeof pageId>[0]) {
	const engagementId = pageId(event);
	const commitmentId = pageId(event, 'commitmentId');
	const detail =
		(await engagementDetail(getApp().database.db, engagementId)) ?? notFoundPage(event);
	const commitment =
		detail.commitments.find((row) => row.id === commitmentId) ?? notFoundPage(event);
	return { detail, commitment };
}

/** Saves a commitment's change from a form: its fields, at the version the form was loaded at. */
export function saveCommitmentChange(
	event: Pick<RequestEvent, 'locals'>,
	actor: Actor,
	commitmentId: string,
	form: FormData,
	fields: Record<string, unknown>
) {
	return updateCommitment(
		getApp().database.db,
		{ actor, requestId: event.locals.requestId },
		commitmentId,
		parseInput(commitmentChangeSchema, {
			...fields,
			version: formVersion(formText(form, 'version'))
		})
	);
}
