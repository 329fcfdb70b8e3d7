import type { Executor } from '../db/index.ts';
import { partnerChoices } from '../partners/index.ts';
import {
	formDate,
	formLines,
	formList,
	formNumber,
	formText,
	formVersion,
	parseInput,
	userFormChoices
} from '../platform/index.ts';
import { alignmentChoices, alignmentValue } from './alignment-choices.ts';
import { projectStatuses } from './builtin-schema.ts';
import { projectInputSchema, type ProjectInput } from './schemas.ts';

/** The project form as typed, to be shown again when it fails: nothing the user typed is lost. */
export interface ProjectFormValues {
	code: string;
	titleTh: string;
	titleEn: string;
	fiscalYear: string;
	startDate: string;
	endDate: string;
	budgetReceived: string;
	budgetSpent: string;
	leadAgency: string;
	supportingAgencies: string[];
	responsibleUnitText: string;
	responsiblePerson: string;
	responsiblePhone: string;
	coordinator: string;
	coordinatorRole: string;
	rationaleTh: string;
	objectives: string;
	targetsTh: string;
	partnerIds: string[];
	/** The partners named but not found that the user keeps (unticking one clears it). */
	unmatchedPartnerNames: string[];
	themes: string;
	status: string;
	isNew: boolean;
	/** The plan links ticked: an element's id, or `element:kpi` for one of its KPIs. */
	alignment: string[];
}

type AlignmentLink = ProjectInput['alignment'][number];

/**
 * The plan links of the ticked values, each keeping the note it had (the form does not edit
 * notes). A value that is not one of ours fails the schema's id check.
 */
function alignmentOf(values: string[], previous: readonly AlignmentLink[]): AlignmentLink[] {
	const notes = new Map(previous.map((link) => [alignmentValue(link), link.noteTh]));
	return [...new Set(values)].map((value) => {
		const [elementId = '', kpiId] = value.split(':');
		return { elementId, kpiId: kpiId ?? null, noteTh: notes.get(value) ?? null };
	});
}

const textFields = [
	'code',
	'titleTh',
	'titleEn',
	'fiscalYear',
	'startDate',
	'endDate',
	'budgetReceived',
	'budgetSpent',
	'leadAgency',
	'responsibleUnitText',
	'responsiblePerson',
	'responsiblePhone',
	'coordinator',
	'coordinatorRole',
	'rationaleTh',
	'objectives',
	'targetsTh',
	'themes',
	'status'
] as const;

export function projectFormValues(form: FormData): ProjectFormValues {
	const text = Object.fromEntries(textFields.map((name) => [name, formText(form, name)])) as Record<
		(typeof textFields)[number],
		string
	>;
	return {
		...text,
		supportingAgencies: formList(form, 'supportingAgencies'),
		partnerIds: formList(form, 'partnerIds'),
		unmatchedPartnerNames: formList(form, 'unmatchedPartnerNames'),
		isNew: formText(form, 'isNew') === 'yes',
		alignment: formList(form, 'alignment')
	};
}

/** A project as its form shows it: dates as the user's language writes them, lists one per line. */
export function projectFormValuesOf(
	project: Omit<
		ProjectInput,
		| 'leadAgencies'
		| 'supportingAgencies'
		| 'alignment'
		| 'version'
		| 'partnerIds'
		| 'unmatchedPartnerNames'
	> & {
		agencies: { id: string; role: 'lead' | 'supporting' }[];
		partners: { id: string }[];
		unmatchedPartnerNames: string[];
		alignment: { elementId: string; kpiId: string | null }[];
	},
	dateText: (iso: string) => string
): ProjectFormValues {
	const optional = (text: string | null) => text ?? '';
	return {
		code: optional(project.code),
		titleTh: project.titleTh,
		titleEn: optional(project.titleEn),
		fiscalYear: String(project.fiscalYear),
		startDate: project.startDate ? dateText(project.startDate) : '',
		endDate: project.endDate ? dateText(project.endDate) : '',
		budgetReceived: String(project.budgetReceived),
		budgetSpent: String(project.budgetSpent),
		leadAgency: project.agencies.find((agency) => agency.role === 'lead')?.id ?? '',
		supportingAgencies: project.agencies
			.filter((agency) => agency.role === 'supporting')
			.map((agency) => agency.id),
		responsibleUnitText: optional(project.responsibleUnitText),
		responsiblePerson: optional(project.responsiblePerson),
		responsiblePhone: optional(project.responsiblePhone),
		coordinator: optional(project.coordinator),
		coordinatorRole: optional(project.coordinatorRole),
		rationaleTh: optional(project.rationaleTh),
		objectives: project.objectives.join('\n'),
		targetsTh: optional(project.targetsTh),
		partnerIds: project.partners.map((partner) => partner.id),
		unmatchedPartnerNames: project.unmatchedPartnerNames,
		themes: project.themes.join('\n'),
		status: project.status,
		isNew: project.isNew,
		alignment: project.alignment.map(alignmentValue)
	};
}

/**
 * What the project use cases take from the form, or every problem with it at once. `previous` is
 * the project's plan alignment before the change, whose notes the links kept keep.
 */
export function parseProjectForm(
	values: ProjectFormValues,
	version: string,
	previous: readonly AlignmentLink[] = []
): ProjectInput {
	return parseInput(projectInputSchema, {
		code: values.code,
		titleTh: values.titleTh,
		titleEn: values.titleEn,
		fiscalYear: formNumber(values.fiscalYear),
		startDate: formDate(values.startDate),
		endDate: formDate(values.endDate),
		budgetReceived: formNumber(values.budgetReceived) ?? 0,
		budgetSpent: formNumber(values.budgetSpent) ?? 0,
		leadAgencies: values.leadAgency ? [values.leadAgency] : [],
		supportingAgencies: values.supportingAgencies,
		responsibleUnitText: values.responsibleUnitText,
		responsiblePerson: values.responsiblePerson,
		responsiblePhone: values.responsiblePhone,
		coordinator: values.coordinator,
		coordinatorRole: values.coordinatorRole,
		rationaleTh: values.rationaleTh,
		objectives: formLines(values.objectives),
		targetsTh: values.targetsTh,
		alignment: alignmentOf(values.alignment, previous),
		partnerIds: values.partnerIds,
		unmatchedPartnerNames: values.unmatchedPartnerNames,
		themes: formLines(values.themes),
		status: values.status || undefined,
		isNew: values.isNew,
		version: formVersion(version)
	});
}

/**
 * What the project form offers: agencies grouped by kind, the statuses, every plan's elements and
 * KPIs, and the partners.
 */
export async function projectFormChoices(executor: Executor) {
	const { agencyGroups } = await userFormChoices(executor);
	return {
		agencyGroups,
		statuses: projectStatuses,
		plans: await alignmentChoices(executor),
		partners: await partnerChoices(executor)
	};
}

export type ProjectFormChoices = Awaited<ReturnType<typeof projectFormChoices>>;
