import { translate } from '#lib/i18n/index.ts';
import { getApp } from '#lib/server/app.ts';
import {
	auditActions,
	auditEntityTypes,
	auditPageSize,
	listAuditEntries,
	readAuditQuery,
	requirePage
} from '#lib/server/platform/index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePage(event, 'audit.read');
	const { values, filter, fields, page } = readAuditQuery(event.url.searchParams);
	const errors = Object.fromEntries(
		Object.entries(fields).map(([field, key]) => [field, translate(event.locals.locale, key)])
	);
	const choices = { entityTypes: auditEntityTypes, actions: auditActions };
	if (Object.keys(errors).length) return { values, errors, choices, trail: null };

	const { entries, total } = await listAuditEntries(getApp().database.db, filter, page);
	const pages = Math.max(1, Math.ceil(total / auditPageSize));
	const pageLink = (to: number) => {
		const params = new URLSearchParams(event.url.searchParams);
		params.set('page', String(to));
		return `?${params}`;
	};
	return {
		values,
		errors,
		choices,
		trail: {
			entries,
			total,
			page,
			pages,
			previous: page > 1 ? pageLink(Math.min(page - 1, pages)) : null,
			next: page < pages ? pageLink(page + 1) : null
		}
	};
};
