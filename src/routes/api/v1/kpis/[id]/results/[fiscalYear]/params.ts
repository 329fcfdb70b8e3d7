import { AppError, idParam } from '#lib/server/platform/index.ts';

/** The KPI id and the BE fiscal year of a result's path; anything else names nothing. */
export function resultParams(params: { id?: string; fiscalYear?: string }) {
	const fiscalYear = Number(params.fiscalYear);
	if (!Number.isInteger(fiscalYear) || fiscalYear < 2500 || fiscalYear > 2700) {
		throw new AppError('not_found');
	}
	return { kpiId: idParam(params.id), fiscalYear };
}
