import type { z } from 'zod';
import type { RoundStatus } from './round-status.ts';
import type { roundStatusSchema } from './responses.ts';
import type { RoundCounts } from './summary.ts';

/** A fiscal year's rounds as the API and the page show them. */
export function presentRoundStatus(status: RoundStatus): z.input<typeof roundStatusSchema> {
	const counts = (c: RoundCounts) => ({ ...c });
	const { schedule } = status;
	return {
		fiscalYear: status.fiscalYear,
		asOf: status.asOf,
		schedule:
			schedule.cadence === 'dates' ? { ...schedule, dueDates: [...schedule.dueDates] } : schedule,
		rounds: status.rounds,
		roundsDue: status.roundsDue,
		totals: counts(status.totals),
		agencies: status.agencies.map(({ agency, counts: c }) => ({
			agency: agency && {
				id: agency.id,
				code: agency.code,
				nameTh: agency.nameTh,
				nameEn: agency.nameEn
			},
			...counts(c)
		})),
		overdue: status.overdue.map((project) => ({
			id: project.id,
			code: project.code,
			titleTh: project.titleTh,
			titleEn: project.titleEn,
			status: project.status,
			due: project.due,
			submitted: project.submitted,
			onTime: project.onTime,
			late: project.late,
			overdue: project.overdue
		})),
		overdueTotal: status.overdueTotal
	};
}
