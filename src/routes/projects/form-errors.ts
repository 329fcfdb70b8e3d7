import { renameFields } from '../plans/field-errors.ts';

/** Points a failure's field errors at the fields the form shows (one lead agency, whole lists). */
export function projectFormErrors(caught: unknown): unknown {
	return renameFields(caught, (path) => {
		const field = path.split('.')[0] ?? path;
		return field === 'leadAgencies' ? 'leadAgency' : field;
	});
}
