import type { Executor } from '../db/index.ts';
import { formList, formNumber, formText, formVersion, parseInput } from '../platform/index.ts';
import { partnerFacts, partnerKinds, partnerStatuses } from './kinds.ts';
import { listCountries } from './repository.ts';
import { partnerInputSchema, type PartnerInput } from './schemas.ts';

const fields = [
	'kind',
	'nameTh',
	'nameEn',
	'nameLocal',
	'countryCode',
	'latitude',
	'longitude',
	'website',
	'descriptionTh',
	'status'
] as const;

/** The partner form as typed, to show again when it is refused: nothing typed is lost. */
export type PartnerFormValues = Record<(typeof fields)[number], string> & {
	/** The facts an officer leaves flagged as not yet confirmed. */
	unverified: string[];
};

export const blankPartnerForm: PartnerFormValues = {
	kind: 'city',
	nameTh: '',
	nameEn: '',
	nameLocal: '',
	countryCode: '',
	latitude: '',
	longitude: '',
	website: '',
	descriptionTh: '',
	status: 'active',
	unverified: []
};

export function partnerFormValues(form: FormData): PartnerFormValues {
	return {
		...(Object.fromEntries(fields.map((field) => [field, formText(form, field)])) as Record<
			(typeof fields)[number],
			string
		>),
		unverified: formList(form, 'unverified')
	};
}

/** A stored partner as its form shows it. */
export function partnerFormValuesOf(
	partner: { [key in (typeof fields)[number]]: string | number | null } & { unverified: string[] }
): PartnerFormValues {
	return {
		...(Object.fromEntries(
			fields.map((field) => [field, partner[field] === null ? '' : String(partner[field])])
		) as Record<(typeof fields)[number], string>),
		unverified: [...partner.unverified]
	};
}

/** What the partner use cases take from the form, or every problem with it at once. */
export function parsePartnerForm(values: PartnerFormValues, version = ''): PartnerInput {
	return parseInput(partnerInputSchema, {
		...values,
		latitude: formNumber(values.latitude),
		longitude: formNumber(values.longitude),
		version: formVersion(version)
	});
}

/** What the partner form offers: kinds, statuses and the countries. */
export async function partnerFormChoices(executor: Executor) {
	return {
		kinds: partnerKinds,
		statuses: partnerStatuses,
		facts: partnerFacts,
		countries: await listCountries(executor)
	};
}

export type PartnerFormChoices = Awaited<ReturnType<typeof partnerFormChoices>>;
