import type { Executor } from '../db/index.ts';
import {
	errorsOnRows,
	formDate,
	formLines,
	formNumber,
	formRows,
	formText,
	formVersion,
	keptRows,
	listAgencyLabels,
	parseInput,
	type RowGroup,
	type RowOf,
	withBlanks
} from '../platform/index.ts';
import { listCountries, partnerChoices } from '../partners/index.ts';
import { commitmentScopes, engagementKinds, outcomeKinds } from './kinds.ts';
import type { presentEngagementDetail } from './presenters.ts';
import {
	engagementChangeSchema,
	engagementInputSchema,
	type EngagementChange,
	type EngagementInput
} from './schemas.ts';

const scalarFields = [
	'kind',
	'titleTh',
	'titleEn',
	'startsOn',
	'endsOn',
	'venue',
	'city',
	'countryCode',
	'hostPartnerId',
	'organisingAgencyId',
	'themeTh',
	'topics',
	'summaryTh',
	'projectId'
] as const;

/** The rows of the form: who took part, what came out of it, and what is to be followed up. */
export const rowGroups = {
	participants: {
		name: 'participants',
		parts: ['partnerId', 'agencyId', 'headcount', 'presentationTh'],
		blank: { partnerId: '', agencyId: '', headcount: '', presentationTh: '' }
	},
	outcomes: {
		name: 'outcomes',
		parts: ['kind', 'titleTh', 'titleEn', 'descriptionTh', 'agreementId'],
		blank: { kind: 'decision', titleTh: '', titleEn: '', descriptionTh: '', agreementId: '' }
	},
	commitments: {
		name: 'commitments',
		parts: ['titleTh', 'scope', 'agencyId', 'dueOn'],
		blank: { titleTh: '', scope: 'bilateral', agencyId: '', dueOn: '' }
	}
} as const satisfies Record<string, RowGroup<string>>;
type RowKind = keyof typeof rowGroups;

/** The engagement form as typed, to show again when it is refused: nothing typed is lost. */
export type EngagementFormValues = Record<(typeof scalarFields)[number], string> & {
	[Kind in RowKind]: RowOf<(typeof rowGroups)[Kind]>[];
};

export function engagementFormValues(form: FormData): EngagementFormValues {
	return {
		...(Object.fromEntries(scalarFields.map((field) => [field, formText(form, field)])) as Record<
			(typeof scalarFields)[number],
			string
		>),
		participants: formRows(form, rowGroups.participants),
		outcomes: formRows(form, rowGroups.outcomes),
		commitments: formRows(form, rowGroups.commitments)
	};
}

/** A recorded engagement as its edit form shows it: dates as the user's language writes them. */
export function engagementFormValuesOf(
	engagement: ReturnType<typeof presentEngagementDetail>,
	dateText: (iso: string) => string
): EngagementFormValues {
	const text = (value: string | number | null | undefined) =>
		value === null || value === undefined ? '' : String(value);
	return {
		kind: engagement.kind,
		titleTh: engagement.titleTh,
		titleEn: text(engagement.titleEn),
		startsOn: dateText(engagement.startsOn),
		endsOn: dateText(engagement.endsOn),
		venue: text(engagement.venue),
		city: text(engagement.city),
		countryCode: text(engagement.countryCode),
		hostPartnerId: text(engagement.host?.id),
		organisingAgencyId: text(engagement.organisingAgency?.id),
		themeTh: text(engagement.themeTh),
		topics: engagement.topics.join('\n'),
		summaryTh: text(engagement.summaryTh),
		projectId: text(engagement.project?.id),
		participants: engagement.participants.map((p) => ({
			partnerId: text(p.partner?.id),
			agencyId: text(p.agency?.id),
			headcount: text(p.headcount),
			presentationTh: text(p.presentationTh)
		})),
		outcomes: engagement.outcomes.map((o) => ({
			kind: o.kind,
			titleTh: o.titleTh,
			titleEn: text(o.titleEn),
			descriptionTh: text(o.descriptionTh),
			agreementId: text(o.agreement?.id)
		})),
		commitments: []
	};
}

/** What the engagement form offers: kinds, the partners, BMA agencies and countries. */
export async function engagementFormChoices(executor: Executor) {
	const [partnerRows, agencyRows, countryRows] = await Promise.all([
		partnerChoices(executor),
		listAgencyLabels(executor),
		listCountries(executor)
	]);
	return {
		kinds: engagementKinds,
		outcomeKinds,
		scopes: commitmentScopes,
		partners: partnerRows,
		agencies: agencyRows,
		countries: countryRows
	};
}

export type EngagementFormChoices = Awaited<ReturnType<typeof engagementFormChoices>>;

/**
 * The form as it is shown: every row that holds something, then blank rows to add more (two
 * when asked for more rows, one otherwise), within the limit.
 */
export function withBlankRows(values: EngagementFormValues, blanks = 1): EngagementFormValues {
	return {
		...values,
		participants: withBlanks(rowGroups.participants, values.participants, blanks),
		outcomes: withBlanks(rowGroups.outcomes, values.outcomes, blanks),
		commitments: withBlanks(rowGroups.commitments, values.commitments, blanks)
	};
}

/**
 * What the engagement use cases take from the form, or every problem with it at once, each named
 * by the field of the row it came from. Blank rows are left out; the commitments name the partners
 * among the participants.
 */
export function parseEngagementForm(values: EngagementFormValues): EngagementInput {
	return parseRows(values, (typed) => parseInput(engagementInputSchema, typed));
}

/**
 * A change to a recorded engagement from its edit form, at the version it was loaded at: its
 * details, participants and outcomes (the edit form has no commitment rows).
 */
export function parseEngagementChangeForm(
	values: EngagementFormValues,
	version: string
): EngagementChange {
	return parseRows(values, (typed) =>
		parseInput(engagementChangeSchema, { ...typed, version: formVersion(version) })
	);
}

/** Reads the typed form into what the schemas take, and parses it with `parse`. */
function parseRows<Parsed>(
	values: EngagementFormValues,
	parse: (typed: Record<string, unknown>) => Parsed
): Parsed {
	const participants = keptRows(rowGroups.participants, values.participants);
	const outcomes = keptRows(rowGroups.outcomes, values.outcomes);
	const commitments = keptRows(rowGroups.commitments, values.commitments);
	const partnerIds = [
		...new Set(participants.map(({ row }) => row.partnerId).filter((id) => id !== ''))
	];
	try {
		return parse({
			kind: values.kind,
			titleTh: values.titleTh,
			titleEn: values.titleEn,
			startsOn: formDate(values.startsOn),
			endsOn: formDate(values.endsOn || values.startsOn),
			venue: values.venue,
			city: values.city,
			countryCode: values.countryCode,
			hostPartnerId: values.hostPartnerId,
			organisingAgencyId: values.organisingAgencyId,
			themeTh: values.themeTh,
			topics: formLines(values.topics),
			summaryTh: values.summaryTh,
			projectId: values.projectId,
			participants: participants.map(({ row }) => ({
				partnerId: row.partnerId,
				agencyId: row.agencyId,
				headcount: formNumber(row.headcount),
				presentationTh: row.presentationTh
			})),
			outcomes: outcomes.map(({ row }) => row),
			commitments: commitments.map(({ row }) => ({
				titleTh: row.titleTh,
				scope: row.scope,
				agencyIds: row.agencyId ? [row.agencyId] : [],
				partnerIds,
				dueOn: formDate(row.dueOn)
			}))
		});
	} catch (caught) {
		throw errorsOnRows(
			caught,
			[
				{ group: rowGroups.participants, kept: participants },
				{ group: rowGroups.outcomes, kept: outcomes },
				{ group: rowGroups.commitments, kept: commitments }
			],
			// A commitment's agencies are chosen in its agency field.
			{ agencyIds: 'agencyId' }
		);
	}
}
