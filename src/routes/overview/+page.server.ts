import { requirePage } from '#lib/server/platform/index.ts';
import { overviewPage } from './overview-page.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	overviewPage(event, requirePage(event, 'overview.read'));
