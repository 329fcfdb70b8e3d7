import { groupBy } from '#lib/components/group-by.ts';
import { getApp } from '#lib/server/app.ts';
import {
	AppError,
	can,
	failFormOrPage,
	formText,
	notFoundPage,
	pageId,
	parseInput,
	redirectSaved,
	requirePage,
	savedNotice
} from '#lib/server/platform/index.ts';
import {
	addAlignment,
	type AlignedElement,
	alignmentInputSchema,
	directLinks,
	elementAlignment,
	findElement,
	otherPlansElements,
	removeAlignment
} from '#lib/server/plans/index.ts';
import { renameFields } from '../../field-errors.ts';
import { treeOrder } from './tree-order.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

type Direction = 'up' | 'down';

const byDepthThenCode = (a: AlignedElement, b: AlignedElement) =>
	a.depth - b.depth || a.code.localeCompare(b.code, 'en', { numeric: true });

async function pageElement(event: RequestEvent) {
	return (await findElement(getApp().database.db, pageId(event))) ?? notFoundPage(event);
}

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'plan.read');
	const { db } = getApp().database;
	const { element, plan } = await pageElement(event);
	const alignment = await elementAlignment(db, element.id);
	const links = await directLinks(db, element.id);
	const side = (items: AlignedElement[], direction: Direction) =>
		groupBy(items, (item) => item.planId).map(({ first, items: grouped }) => ({
			planId: first.planId,
			planCode: first.planCode,
			titleTh: first.planTitleTh,
			titleEn: first.planTitleEn,
			elements: grouped.sort(byDepthThenCode).map((item) => {
				const link =
					item.depth === 1
						? links.find((candidate) =>
								direction === 'up'
									? candidate.toElementId === item.id
									: candidate.fromElementId === item.id
							)
						: undefined;
				return {
					id: item.id,
					kind: item.kind,
					code: item.code,
					titleTh: item.titleTh,
					titleEn: item.titleEn,
					depth: item.depth,
					noteTh: link ? link.noteTh : item.noteTh,
					noteEn: link?.noteEn ?? null,
					linkId: link?.id ?? null
				};
			})
		}));
	const manage = can(actor, 'alignment.manage');
	const choices = manage
		? groupBy(await otherPlansElements(db, plan.id), (row) => row.planId).map(
				({ first, items }) => ({
					planCode: first.planCode,
					titleTh: first.planTitleTh,
					titleEn: first.planTitleEn,
					elements: treeOrder(items).map(({ id, kind, code, titleTh, titleEn, depth }) => ({
						id,
						kind,
						code,
						titleTh,
						titleEn,
						depth
					}))
				})
			)
		: [];
	return {
		element: {
			id: element.id,
			kind: element.kind,
			code: element.code,
			titleTh: element.titleTh,
			titleEn: element.titleEn,
			descriptionTh: element.descriptionTh,
			descriptionEn: element.descriptionEn
		},
		plan,
		up: side(alignment.up, 'up'),
		down: side(alignment.down, 'down'),
		manage,
		choices,
		notice: savedNotice(event, { added: 'elements.added', removed: 'elements.removed' })
	};
};

export const actions: Actions = {
	add: async (event) => {
		const actor = requirePage(event, 'alignment.manage');
		const { element } = await pageElement(event);
		const form = await event.request.formData();
		const values = {
			direction: formText(form, 'direction'),
			otherElementId: formText(form, 'otherElementId'),
			noteTh: formText(form, 'noteTh'),
			noteEn: formText(form, 'noteEn')
		};
		try {
			if (values.direction !== 'up' && values.direction !== 'down') {
				throw new AppError('validation_failed', {
					fields: { direction: { key: 'validation.required' } }
				});
			}
			const other = values.otherElementId || undefined;
			const [fromElementId, toElementId] =
				values.direction === 'up' ? [element.id, other] : [other, element.id];
			const input = parseInput(alignmentInputSchema, {
				fromElementId,
				toElementId,
				noteTh: values.noteTh.trim() || undefined,
				noteEn: values.noteEn.trim() || undefined
			});
			await addAlignment(getApp().database.db, { actor, requestId: event.locals.requestId }, input);
		} catch (caught) {
			// The chosen element is the one end of the link that the form shows as a field.
			const shown = renameFields(caught, (path) =>
				path === 'fromElementId' || path === 'toElementId' ? 'otherElementId' : path
			);
			return failFormOrPage(event, shown, values);
		}
		redirectSaved(event, 'added');
	},

	remove: async (event) => {
		const actor = requirePage(event, 'alignment.manage');
		const { element } = await pageElement(event);
		const alignmentId = formText(await event.request.formData(), 'alignmentId');
		const { db } = getApp().database;
		try {
			const links = await directLinks(db, element.id);
			if (!links.some((link) => link.id === alignmentId)) throw new AppError('not_found');
			await removeAlignment(db, { actor, requestId: event.locals.requestId }, alignmentId);
		} catch (caught) {
			return failFormOrPage(event, caught);
		}
		redirectSaved(event, 'removed');
	}
};
