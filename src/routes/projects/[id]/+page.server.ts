import { getApp } from '#lib/server/app.ts';
import { notFoundPage, requirePage } from '#lib/server/platform/http/pages.ts';
import { presentProject } from '#lib/server/projects/presenters.ts';
import { projectDetail } from '#lib/server/projects/repository.ts';
import { pageId } from '../../plans/load-plan.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'project.read');
	const detail = (await projectDetail(getApp().database.db, pageId(event))) ?? notFoundPage(event);
	return { project: presentProject(detail) };
};
