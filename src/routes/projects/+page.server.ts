import { fiscalYearOf, todayIso } from '#lib/dates.ts';
import { translate } from '#lib/i18n/index.ts';
import { getApp } from '#lib/server/app.ts';
import {
	AppError,
	can,
	listAgencies,
	parseInput,
	requirePage
} from '#lib/server/platform/index.ts';
import {
	listProjects,
	presentListedProject,
	type ProjectFilter,
	projectFilterSchema,
	projectFiscalYears,
	projectSorts,
	projectStatuses
} from '#lib/server/projects/index.ts';
import {
	pageCount,
	readRegisterQuery,
	registerLink,
	registerPageSize,
	sortLink,
	withoutFields,
	type RegisterValues
} from './register-query.ts';
import type { PageServerLoad } from './$types';

/**
 * The filter the address asks for. A value that fails is dropped (its default applies) and
 * reported; the others still filter.
 */
function parseFilter(input: Partial<RegisterValues>) {
	const sized = (values: Partial<RegisterValues>) => ({ ...values, pageSize: registerPageSize });
	try {
		return { filter: parseInput(projectFilterSchema, sized(input)), failed: {} };
	} catch (caught) {
		if (!(caught instanceof AppError) || !caught.fields) throw caught;
		const failed = caught.fields;
		const rest = projectFilterSchema.safeParse(sized(withoutFields(input, Object.keys(failed))));
		const filter: ProjectFilter = rest.success ? rest.data : projectFilterSchema.parse(sized({}));
		return { filter, failed };
	}
}

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'project.read');
	const { locale } = event.locals;
	const { db } = getApp().database;
	const params = event.url.searchParams;
	const { values, input } = readRegisterQuery(params);
	const { filter, failed } = parseFilter(input);
	const errors = Object.fromEntries(
		Object.entries(failed).map(([field, { key, params: messageParams }]) => [
			field,
			translate(locale, key, messageParams)
		])
	);

	const [{ items, total }, agencies, yearRows] = await Promise.all([
		listProjects(db, filter),
		listAgencies(db),
		projectFiscalYears(db)
	]);
	const years = [
		...new Set([
			...yearRows,
			fiscalYearOf(todayIso()),
			...(filter.fiscalYear ? [filter.fiscalYear] : [])
		])
	].sort((a, b) => b - a);

	const pages = pageCount(total, filter.pageSize);
	const pageLink = (to: number) => registerLink(params, { page: to === 1 ? null : String(to) });
	return {
		mayCreate: can(actor, 'project.create'),
		values,
		errors,
		filter: {
			fiscalYear: filter.fiscalYear ?? null,
			agency: filter.agency ?? '',
			status: filter.status ?? '',
			element: filter.element ?? '',
			q: filter.q ?? '',
			sort: filter.sort,
			direction: filter.direction
		},
		choices: {
			years,
			statuses: projectStatuses,
			agencies: agencies.map((agency) => ({
				code: agency.code,
				kind: agency.kind,
				nameTh: agency.nameTh,
				nameEn: agency.nameEn
			}))
		},
		sortLinks: Object.fromEntries(
			projectSorts.map((column) => [column, sortLink(params, column, filter)])
		) as Record<(typeof projectSorts)[number], string>,
		filtered: Object.keys(input).some((field) => field !== 'sort' && field !== 'direction'),
		register: {
			projects: items.map(presentListedProject),
			total,
			page: filter.page,
			pages,
			from: (filter.page - 1) * filter.pageSize + 1,
			first: filter.page > 1 ? pageLink(1) : null,
			previous: filter.page > 1 ? pageLink(Math.min(filter.page - 1, pages)) : null,
			next: filter.page < pages ? pageLink(filter.page + 1) : null
		}
	};
};
