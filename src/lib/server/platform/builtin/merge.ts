import { sameData } from '../canonical.ts';

export type FieldValues = Record<string, unknown>;
/** Fields both a person and the file changed since the file was last applied. */
export type PendingFields = Record<string, { person: unknown; file: unknown }>;

export interface Merged {
	/** The file's values to write over the record's. */
	changes: FieldValues;
	/** The file's values now known to be applied (or decided on) per field. */
	applied: FieldValues;
	pending: PendingFields;
}

/**
 * The three-way merge of one built-in record, field by field: the file's value now, the record's
 * value, and the file's value last applied. A field no one changed takes the file's correction; a
 * field a person changed keeps the person's value; when both changed, or when nothing was ever
 * applied (a database from before baselines) and the two differ, the field waits for an
 * administrator and keeps the person's value meanwhile.
 */
export function mergeFields(
	file: FieldValues,
	stored: FieldValues,
	applied: FieldValues | null,
	pending: PendingFields
): Merged {
	const changes: FieldValues = {};
	const nextApplied: FieldValues = { ...applied };
	const nextPending: PendingFields = { ...pending };
	for (const [field, given] of Object.entries(file)) {
		// jsonb keeps no undefined: a missing value is null on every side.
		const fileValue = given ?? null;
		const current = stored[field] ?? null;
		const known = applied !== null && field in applied;
		if (sameData(current, fileValue)) {
			nextApplied[field] = fileValue;
			delete nextPending[field];
		} else if (known && sameData(current, applied[field])) {
			changes[field] = fileValue;
			nextApplied[field] = fileValue;
			delete nextPending[field];
		} else if (known && sameData(fileValue, applied[field])) {
			delete nextPending[field];
		} else {
			nextPending[field] = { person: current, file: fileValue };
		}
	}
	return { changes, applied: nextApplied, pending: nextPending };
}
