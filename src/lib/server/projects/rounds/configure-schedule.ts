import type { Db } from '../../db/index.ts';
import {
	AppError,
	authorize,
	type ChangeContext,
	type FieldErrors,
	recordAudit,
	staleVersionError
} from '../../platform/index.ts';
import { reportingReach } from '../progress-reports.ts';
import { defaultDayOfMonth, type RoundSchedule } from './due-dates.ts';
import {
	insertSchedule,
	lockSchedule,
	type RoundScheduleRow,
	updateSchedule
} from './repository.ts';
import type { RoundScheduleInput } from './schemas.ts';

const isIsoDate = (text: string) =>
	/^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/**
 * Checks a schedule against its year: a monthly one needs its day; listed dates must be real,
 * in order, without repeats, and within the year's reporting reach (as report dates are).
 */
export function validateSchedule(fiscalYear: number, input: RoundScheduleInput): RoundSchedule {
	if (input.cadence === 'monthly') {
		if (input.dayOfMonth !== undefined) return { cadence: 'monthly', dayOfMonth: input.dayOfMonth };
		throw new AppError('validation_failed', {
			fields: { dayOfMonth: { key: 'validation.dayOfMonth' } }
		});
	}
	const fields: FieldErrors = {};
	const dates = input.dueDates ?? [];
	const reach = reportingReach(fiscalYear);
	const bad = dates.find((date) => !isIsoDate(date));
	if (!dates.length) fields.dueDates = { key: 'validation.dueDatesRequired' };
	else if (bad !== undefined)
		fields.dueDates = { key: 'validation.dueDateInvalid', params: { date: bad } };
	else {
		const outside = dates.find((date) => date < reach.from || date > reach.to);
		const unordered = dates.findIndex(
			(date, index) => index > 0 && date <= (dates[index - 1] ?? '')
		);
		if (outside !== undefined) {
			fields.dueDates = {
				key: 'validation.dueDateOutsideReach',
				params: { date: outside, ...reach, fiscalYear }
			};
		} else if (unordered > 0) {
			fields.dueDates = {
				key: 'validation.dueDatesOrder',
				params: { date: dates[unordered] ?? '' }
			};
		}
	}
	if (Object.keys(fields).length) throw new AppError('validation_failed', { fields });
	return { cadence: 'dates', dueDates: dates };
}

/** What the audit trail keeps of a schedule. */
const audited = (row: RoundScheduleRow) => ({
	fiscalYear: row.fiscalYear,
	cadence: row.cadence,
	dayOfMonth: row.dayOfMonth,
	dueDates: row.dueDates,
	version: row.version
});

/**
 * Sets a fiscal year's reporting rounds, at the version the IAO saw (0 for a year on the default
 * schedule). Audited as `project_round_schedule`.
 */
export async function saveRoundSchedule(
	db: Db,
	context: ChangeContext,
	fiscalYear: number,
	input: RoundScheduleInput
): Promise<RoundScheduleRow> {
	authorize(context.actor, 'projectRound.manage');
	const schedule = validateSchedule(fiscalYear, input);
	const values = {
		cadence: schedule.cadence,
		dayOfMonth: schedule.cadence === 'monthly' ? schedule.dayOfMonth : null,
		dueDates: schedule.cadence === 'dates' ? [...schedule.dueDates] : [],
		updatedBy: context.actor.id
	};
	return db.transaction(async (tx) => {
		const existing = await lockSchedule(tx, fiscalYear);
		if ((existing?.version ?? 0) !== input.version) {
			if (!existing) {
				throw new AppError('stale_version', {
					changes: { fields: [], actors: [] },
					detail: `no schedule for ${fiscalYear} at version ${input.version}`
				});
			}
			throw await staleVersionError(tx, 'project_round_schedule', existing.id, input.version);
		}
		if (!existing) {
			const created = await insertSchedule(tx, { fiscalYear, ...values });
			if (!created) throw new AppError('internal', { detail: 'schedule insert returned nothing' });
			await recordAudit(tx, context, {
				action: 'create',
				entityType: 'project_round_schedule',
				entityId: created.id,
				before: {
					fiscalYear,
					cadence: 'monthly',
					dayOfMonth: defaultDayOfMonth,
					dueDates: [],
					version: 0
				},
				after: audited(created)
			});
			return created;
		}
		const updated = await updateSchedule(tx, existing.id, {
			...values,
			version: existing.version + 1,
			updatedAt: new Date()
		});
		if (!updated) throw new AppError('internal', { detail: 'schedule update returned nothing' });
		await recordAudit(tx, context, {
			action: 'update',
			entityType: 'project_round_schedule',
			entityId: existing.id,
			before: audited(existing),
			after: audited(updated)
		});
		return updated;
	});
}
