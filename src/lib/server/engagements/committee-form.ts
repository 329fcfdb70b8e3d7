import {
	errorsOnRows,
	formDate,
	formRows,
	formText,
	formVersion,
	keptRows,
	parseInput,
	type RowGroup,
	type RowOf,
	withBlanks
} from '../platform/index.ts';
import { committeeInputSchema, type CommitteeInput } from './schemas.ts';

const fields = ['orderNumber', 'orderDate', 'titleTh', 'mandateTh', 'engagementId'] as const;

/** The members of the committee: an agency, a role as the order writes it, or both. */
export const memberRows = {
	name: 'members',
	parts: ['agencyId', 'roleTh'],
	blank: { agencyId: '', roleTh: '' }
} as const satisfies RowGroup<string>;

/** The committee form as typed, to show again when it is refused: nothing typed is lost. */
export type CommitteeFormValues = Record<(typeof fields)[number], string> & {
	members: RowOf<typeof memberRows>[];
};

export function committeeFormValues(form: FormData): CommitteeFormValues {
	return {
		...(Object.fromEntries(fields.map((field) => [field, formText(form, field)])) as Record<
			(typeof fields)[number],
			string
		>),
		members: formRows(form, memberRows)
	};
}

/** A recorded committee as its form shows it: the date as the user's language writes it. */
export function committeeFormValuesOf(
	committee: {
		orderNumber: string;
		orderDate: string;
		titleTh: string;
		mandateTh: string;
		engagementId: string | null;
		members: { agencyId: string | null; roleTh: string | null }[];
	},
	dateText: (iso: string) => string
): CommitteeFormValues {
	return {
		orderNumber: committee.orderNumber,
		orderDate: dateText(committee.orderDate),
		titleTh: committee.titleTh,
		mandateTh: committee.mandateTh,
		engagementId: committee.engagementId ?? '',
		members: committee.members.map((m) => ({ agencyId: m.agencyId ?? '', roleTh: m.roleTh ?? '' }))
	};
}

/** The form as shown: its members, then blank rows to add more (`blanks` of them). */
export function withBlankMembers(values: CommitteeFormValues, blanks = 2): CommitteeFormValues {
	return { ...values, members: withBlanks(memberRows, values.members, blanks) };
}

/** What the committee use cases take from the form, or every problem with it at once. */
export function parseCommitteeForm(values: CommitteeFormValues, version = ''): CommitteeInput {
	try {
		return parseInput(committeeInputSchema, {
			...values,
			orderDate: formDate(values.orderDate),
			members: keptRows(memberRows, values.members).map(({ row }) => row),
			version: formVersion(version)
		});
	} catch (caught) {
		throw onMemberRows(caught, values);
	}
}

/**
 * A refusal of the form or of the use cases, with each member's refusal moved onto the row of the
 * form it came from (blank rows are left out of what is saved).
 */
export function onMemberRows(caught: unknown, values: CommitteeFormValues): unknown {
	return errorsOnRows(caught, [{ group: memberRows, kept: keptRows(memberRows, values.members) }]);
}
