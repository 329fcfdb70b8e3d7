import { AppError, type FieldErrors } from '../errors.ts';
import { formText } from './forms.ts';

/**
 * A group of repeated rows in a form, such as the participants of a meeting: each row's parts are
 * named `<group>-<index>-<part>`, and a blank row holds the choices a new row starts with.
 */
export interface RowGroup<Part extends string> {
	name: string;
	parts: readonly [Part, ...Part[]];
	blank: Record<Part, string>;
}

export type RowOf<Group> = Group extends RowGroup<infer Part> ? Record<Part, string> : never;

/** The most rows of one group a form takes; the API takes more. */
export const maxRows = 30;

export const rowField = (group: string, index: number, part: string) => `${group}-${index}-${part}`;

/** The rows of a group as posted, in order: a row is there when its first part is. */
export function formRows<Part extends string>(
	form: FormData,
	group: RowGroup<Part>
): Record<Part, string>[] {
	const rows: Record<Part, string>[] = [];
	const [first] = group.parts;
	for (let index = 0; index < maxRows && form.has(rowField(group.name, index, first)); index++) {
		rows.push(
			Object.fromEntries(
				group.parts.map((part) => [part, formText(form, rowField(group.name, index, part))])
			) as Record<Part, string>
		);
	}
	return rows;
}

/** Whether a row holds anything typed or chosen beyond what a blank row starts with. */
function filled<Part extends string>(group: RowGroup<Part>, row: Record<Part, string>): boolean {
	return group.parts.some((part) => row[part]?.trim() && row[part] !== group.blank[part]);
}

/** The rows that hold something, each with its index in the form. Blank rows are left out. */
export function keptRows<Part extends string>(
	group: RowGroup<Part>,
	rows: Record<Part, string>[]
): { row: Record<Part, string>; index: number }[] {
	return rows.flatMap((row, index) => (filled(group, row) ? [{ row, index }] : []));
}

/** The rows as shown: every row that holds something, then `blanks` blank rows, within the limit. */
export function withBlanks<Part extends string>(
	group: RowGroup<Part>,
	rows: Record<Part, string>[],
	blanks: number
): Record<Part, string>[] {
	return [
		...keptRows(group, rows).map(({ row }) => row),
		...Array.from({ length: blanks }, () => ({ ...group.blank }))
	].slice(0, maxRows);
}

/**
 * Moves the refusals of the kept rows (named `<group>.<position>.<part>` by the schemas) onto the
 * fields of the form's rows they came from. `partOf` names the form part where a schema's part is
 * chosen; a refusal of a whole row lands on its first part.
 */
export function errorsOnRows(
	caught: unknown,
	groups: { group: RowGroup<string>; kept: { index: number }[] }[],
	partOf: Record<string, string> = {}
): unknown {
	if (!(caught instanceof AppError) || !caught.fields) return caught;
	const fields: FieldErrors = {};
	for (const [path, error] of Object.entries(caught.fields)) {
		const [name, position, part] = path.split('.');
		const found = groups.find(({ group }) => group.name === name);
		const row = found?.kept[Number(position)];
		const field =
			found && row
				? rowField(found.group.name, row.index, partOf[part ?? ''] ?? part ?? found.group.parts[0])
				: path;
		fields[field] ??= error;
	}
	return new AppError(caught.code, { fields, params: caught.params });
}
