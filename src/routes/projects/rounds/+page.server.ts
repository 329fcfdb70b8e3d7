import { chosenFiscalYear } from '#lib/components/fiscal-years.ts';
import { fiscalYearOf, todayIso } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import {
	can,
	failFormOrPage,
	formText,
	listAgencies,
	notFoundPage,
	parseInput,
	redirectSaved,
	requirePage,
	savedNotice
} from '#lib/server/platform/index.ts';
import {
	presentRoundStatus,
	projectFiscalYears,
	roundFiscalYearSchema,
	roundScheduleInputSchema,
	roundStatus,
	saveRoundSchedule
} from '#lib/server/projects/index.ts';
import { parseScheduleForm, type ScheduleFormValues } from './schedule-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'projectRound.read');
	const { db } = getApp().database;
	const asOf = todayIso();
	const current = fiscalYearOf(asOf);
	const { searchParams } = event.url;
	const years = [...new Set([current, ...(await projectFiscalYears(db))])].sort((a, b) => b - a);
	const fiscalYear = chosenFiscalYear(searchParams.get('fiscalYear'), years, current);
	const agencies = await listAgencies(db);
	const asked = searchParams.get('agency') ?? '';
	const agency = agencies.find((known) => known.code === asked)?.code ?? '';
	const role = searchParams.get('role') === 'lead' ? 'lead' : '';
	const status = await roundStatus(db, actor, {
		fiscalYear,
		asOf,
		agency: agency || undefined,
		leadOnly: role === 'lead'
	});
	return {
		years,
		agency,
		role,
		agencies: agencies.map((known) => ({
			code: known.code,
			nameTh: known.nameTh,
			nameEn: known.nameEn
		})),
		status: presentRoundStatus(status),
		mayManage: can(actor, 'projectRound.manage'),
		notice: savedNotice(event, { schedule: 'rounds.saved' })
	};
};

export const actions: Actions = {
	schedule: async (event) => {
		const actor = requirePage(event, 'projectRound.manage');
		const form = await event.request.formData();
		const values: ScheduleFormValues = {
			cadence: formText(form, 'cadence'),
			dayOfMonth: formText(form, 'dayOfMonth'),
			dueDates: formText(form, 'dueDates')
		};
		const year = roundFiscalYearSchema.safeParse(formText(form, 'fiscalYear'));
		if (!year.success) notFoundPage(event);
		try {
			const input = parseInput(
				roundScheduleInputSchema,
				parseScheduleForm(values, formText(form, 'version'))
			);
			await saveRoundSchedule(
				getApp().database.db,
				{ actor, requestId: event.locals.requestId },
				year.data,
				input
			);
		} catch (caught) {
			return failFormOrPage(event, caught, values);
		}
		redirectSaved(event, 'schedule', '#configure');
	}
};
