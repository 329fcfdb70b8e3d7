import { AppError, idParam } from '#lib/server/platform/index.ts';

/** The project id and the report's sequence of a report's path; anything else names nothing. */
export function reportParams(params: { id?: string; sequence?: string }) {
	const sequence = Number(params.sequence);
	if (!Number.isInteger(sequence) || sequence < 1 || sequence > 100_000) {
		throw new AppError('not_found');
	}
	return { projectId: idParam(params.id), sequence };
}
