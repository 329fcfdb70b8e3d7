import { formDate, formLines, formNumber } from '../platform/http/form-fields.ts';
import { formText } from '../platform/http/forms.ts';
import { AppError, type FieldErrors } from '../platform/errors.ts';
import { parseInput } from '../platform/validation.ts';
import { engagementInputSchema, type EngagementInput } from './schemas.ts';

const scalarFields = [
	'kind',
	'titleTh',
	'titleEn',
	'startsOn',
	'endsOn',
	'venue',
	'city',
	'countryCode',
	'organisingAgencyId',
	'topics',
	'summaryTh'
] as const;

/** The parts of each kind of row, as the form names them: `<rows>-<index>-<part>`. */
export const rowParts = {
	participants: ['partnerId', 'agencyId', 'headcount', 'presentationTh'],
	outcomes: ['kind', 'titleTh'],
	commitments: ['titleTh', 'scope', 'agencyId', 'dueOn']
} as const;
type RowKind = keyof typeof rowParts;
type Row<Kind extends RowKind> = Record<(typeof rowParts)[Kind][number], string>;

/** The engagement form as typed, to show again when it is refused: nothing typed is lost. */
export type EngagementFormValues = Record<(typeof scalarFields)[number], string> & {
	[Kind in RowKind]: Row<Kind>[];
};

/** The most rows of one kind a form takes; the API takes more. */
export const maxRows = 30;

export const rowField = (kind: RowKind, index: number, part: string) => `${kind}-${index}-${part}`;

function rowsOf<Kind extends RowKind>(form: FormData, kind: Kind): Row<Kind>[] {
	const rows: Row<Kind>[] = [];
	const [first] = rowParts[kind];
	for (let index = 0; index < maxRows && form.has(rowField(kind, index, first)); index++) {
		rows.push(
			Object.fromEntries(
				rowParts[kind].map((part) => [part, formText(form, rowField(kind, index, part))])
			) as Row<Kind>
		);
	}
	return rows;
}

export function engagementFormValues(form: FormData): EngagementFormValues {
	return {
		...(Object.fromEntries(scalarFields.map((field) => [field, formText(form, field)])) as Record<
			(typeof scalarFields)[number],
			string
		>),
		participants: rowsOf(form, 'participants'),
		outcomes: rowsOf(form, 'outcomes'),
		commitments: rowsOf(form, 'commitments')
	};
}

/** A blank row of each kind, with the choices a new row starts with. */
export const blankRow = {
	participants: { partnerId: '', agencyId: '', headcount: '', presentationTh: '' },
	outcomes: { kind: 'decision', titleTh: '' },
	commitments: { titleTh: '', scope: 'bilateral', agencyId: '', dueOn: '' }
} satisfies { [Kind in RowKind]: Row<Kind> };

/** Whether a row holds anything typed or chosen beyond the choices a blank row starts with. */
function filled<Kind extends RowKind>(kind: Kind, row: Row<Kind>): boolean {
	const typed = row as Record<string, string>;
	const blank = blankRow[kind] as Record<string, string>;
	return rowParts[kind].some((part) => typed[part]?.trim() && typed[part] !== blank[part]);
}

/**
 * The form as it is shown: every row that holds something, then blank rows to add more (two
 * when asked for more rows, one otherwise), within the limit.
 */
export function withBlankRows(values: EngagementFormValues, blanks = 1): EngagementFormValues {
	const rows = <Kind extends RowKind>(kind: Kind): Row<Kind>[] =>
		[
			...(values[kind] as Row<Kind>[]).filter((row) => filled(kind, row)),
			...Array.from({ length: blanks }, () => ({ ...blankRow[kind] }) as Row<Kind>)
		].slice(0, maxRows);
	return {
		...values,
		participants: rows('participants'),
		outcomes: rows('outcomes'),
		commitments: rows('commitments')
	};
}

/**
 * What the engagement use cases take from the form, or every problem with it at once, each named
 * by the field of the row it came from. Blank rows are left out; the commitments name the partners
 * among the participants.
 */
export function parseEngagementForm(values: EngagementFormValues): EngagementInput {
	const kept = <Kind extends RowKind>(kind: Kind): { row: Row<Kind>; index: number }[] =>
		(values[kind] as Row<Kind>[]).flatMap((row, index) =>
			filled(kind, row) ? [{ row, index }] : []
		);
	const participants = kept('participants');
	const outcomes = kept('outcomes');
	const commitments = kept('commitments');
	const partnerIds = [
		...new Set(participants.map(({ row }) => row.partnerId).filter((id) => id !== ''))
	];
	const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
	try {
		return parseInput(engagementInputSchema, {
			kind: values.kind,
			titleTh: values.titleTh,
			titleEn: values.titleEn,
			startsOn: formDate(values.startsOn) ?? '',
			endsOn: formDate(values.endsOn || values.startsOn) ?? '',
			venue: values.venue,
			city: values.city,
			countryCode: values.countryCode,
			organisingAgencyId: orNull(values.organisingAgencyId),
			topics: formLines(values.topics),
			summaryTh: values.summaryTh,
			participants: participants.map(({ row }) => ({
				partnerId: orNull(row.partnerId),
				agencyId: orNull(row.agencyId),
				headcount: formNumber(row.headcount) ?? null,
				presentationTh: row.presentationTh
			})),
			outcomes: outcomes.map(({ row }) => ({ kind: row.kind, titleTh: row.titleTh })),
			commitments: commitments.map(({ row }) => ({
				titleTh: row.titleTh,
				scope: row.scope,
				agencyIds: row.agencyId ? [row.agencyId] : [],
				partnerIds,
				dueOn: formDate(row.dueOn) ?? ''
			}))
		});
	} catch (caught) {
		throw onRows(caught, { participants, outcomes, commitments });
	}
}

/** Where a row's part is typed: `agencyIds` of a commitment is its agency choice. */
const partOf: Record<string, string> = { agencyIds: 'agencyId' };

/** Moves the errors of the kept rows onto the rows of the form they came from. */
function onRows(caught: unknown, kept: { [Kind in RowKind]: { index: number }[] }): unknown {
	if (!(caught instanceof AppError) || !caught.fields) return caught;
	const fields: FieldErrors = {};
	for (const [path, error] of Object.entries(caught.fields)) {
		const [kind, position, part] = path.split('.');
		const rows = kind && kind in kept ? kept[kind as RowKind] : undefined;
		const row = rows?.[Number(position)];
		const field =
			rows && row
				? rowField(
						kind as RowKind,
						row.index,
						partOf[part ?? ''] ?? part ?? rowParts[kind as RowKind][0]
					)
				: path;
		fields[field] ??= error;
	}
	return new AppError(caught.code, { fields, params: caught.params });
}
